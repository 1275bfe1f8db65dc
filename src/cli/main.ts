/**
 * `dialplan` — check, format, simulate and export CallFire IVR dialplans from scripts and CI.
 * Each sub-command declares its options in its own `commands/*-args.ts` spec (registered below) and
 * keeps its run logic in its own file, loaded only when the command runs: `dialplan --help` and
 * `--version` load no core.
 */
import { readFileSync } from 'node:fs';
import { asksForHelp, type CommandSpec, type OptionSpec } from './args.ts';
import { commandHelp, mainHelp } from './help.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';
import { nearestName } from '../core/validate/nearest.ts';
import { VALIDATE } from './commands/validate-args.ts';
import { FORMAT } from './commands/format-args.ts';
import { SIMULATE } from './commands/simulate-spec.ts';
import { EXPORT } from './commands/export-args.ts';
import { DIFF } from './commands/diff-args.ts';
import { RESULTS } from './commands/results-args.ts';
import { CALLS } from './commands/calls-args.ts';
import { LSP } from './commands/lsp-args.ts';
import { TEST } from './commands/test-args.ts';

/** Registered sub-commands, in the order `dialplan --help` lists them. Each command adds one line. */
export const COMMANDS: readonly CommandSpec<Record<string, OptionSpec>>[] = [
  VALIDATE,
  FORMAT,
  SIMULATE,
  EXPORT,
  DIFF,
  RESULTS,
  CALLS,
  TEST,
  LSP,
];

const SHORT_USAGE =
  "usage: dialplan <command> [options] [FILE…]; 'dialplan --help' lists the commands";

/** The version in the package's own package.json (found from this file in src/cli or dist-node). */
export function packageVersion(): string {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const json = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (json.name === 'dialplan-studio' && json.version) return json.version;
    } catch {
      // not here: try one level up
    }
  }
  return 'unknown';
}

function specNamed(name: string) {
  return COMMANDS.find((c) => c.name === name);
}

function unknownCommand(name: string, io: CliIo): number {
  const near = nearestName(name, [...COMMANDS.map((c) => c.name), 'help']);
  const hint = near ? ` (did you mean ${near}?)` : '';
  io.stderr(`dialplan: unknown command '${name}'${hint}. ${SHORT_USAGE}\n`);
  return 2;
}

/** `dialplan help [CMD]`. */
function help(args: string[], io: CliIo): number {
  const [name] = args;
  if (name === undefined || name === 'help') {
    io.stdout(mainHelp(COMMANDS, packageVersion()));
    return 0;
  }
  const spec = specNamed(name);
  if (!spec) return unknownCommand(name, io);
  io.stdout(commandHelp(spec));
  return 0;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr(`${SHORT_USAGE}\n`);
    return 2;
  }
  if (name === '--help' || name === '-h') return help([], io);
  if (name === 'help') return help(args, io);
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const spec = specNamed(name);
  if (!spec) return unknownCommand(name, io);
  if (asksForHelp(args)) {
    io.stdout(commandHelp(spec));
    return 0;
  }
  try {
    const command = await spec.run();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dialplan ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
