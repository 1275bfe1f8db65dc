/**
 * Help pages, printed from the command specs (so every declared option is explained): `dialplan
 * --help` lists the commands one line each; `dialplan help CMD` and `dialplan CMD --help` print the
 * usage, the arguments, every option with its meaning, the exit codes and an example.
 */
import type { CommandSpec, OptionSpec } from './args.ts';

type AnySpec = CommandSpec<Record<string, OptionSpec>>;

/** Two columns, the left padded to its widest entry; long right columns wrap under themselves. */
function columns(rows: readonly (readonly [string, string])[], width = 100): string {
  const left = rows.reduce((widest, [l]) => Math.max(widest, l.length), 0);
  return rows
    .map(([l, r]) => `  ${l.padEnd(left)}  ${wrap(r, width - left - 4, left + 4)}\n`)
    .join('');
}

function wrap(text: string, width: number, indent: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > Math.max(width, 30)) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

function optionLabel(name: string, option: OptionSpec): string {
  const short = option.short ? `-${option.short}, ` : '';
  const value = option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : '';
  return `${short}--${name}${value}`;
}

/** The full help page of one command. */
export function commandHelp(spec: AnySpec): string {
  const options: [string, string][] = Object.entries(spec.options).map(([name, o]) => [
    optionLabel(name, o),
    o.description,
  ]);
  options.push(['-h, --help', 'show this help']);
  const parts = [
    `usage: ${spec.usage}\n`,
    `\n${wrap(spec.description, 100, 0)}\n`,
    spec.arguments && spec.arguments.length > 0 ? `\nArguments:\n${columns(spec.arguments)}` : '',
    `\nOptions:\n${columns(options)}`,
    `\nExit codes:\n${columns(spec.exitCodes.map(([code, meaning]) => [String(code), meaning]))}`,
    `\nExample:\n  ${spec.example}\n`,
  ];
  return parts.join('');
}

/** `dialplan --help`: the commands, one line each. */
export function mainHelp(specs: readonly AnySpec[], version: string): string {
  const rows: [string, string][] = specs.map((s) => [s.name, s.summary]);
  rows.push(['help', 'show the help of a command (dialplan help CMD)']);
  return (
    `usage: dialplan <command> [options] [FILE…]\n` +
    `\nCheck, format, simulate and export CallFire IVR dialplans (dialplan-studio ${version}).\n` +
    `\nCommands:\n${columns(rows)}` +
    `\nRun 'dialplan help <command>' or 'dialplan <command> --help' for its options, exit codes and an example.\n` +
    `'dialplan --version' prints the version.\n`
  );
}
