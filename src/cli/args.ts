/**
 * Every command declares its options once, as a {@link CommandSpec}; `node:util`'s `parseArgs` reads the
 * arguments from it and the help text is printed from it, so an option cannot exist without its meaning.
 * This module is light on purpose (no core beyond `nearestName`): `dialplan --help` loads only it and
 * the specs.
 */
import { parseArgs } from 'node:util';
import { nearestName } from '../core/validate/nearest.ts';
import type { Command } from './io.ts';
import { UsageError } from './usage-error.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given more than once (`--var A=1 --var B=2`). */
  multiple?: boolean;
  short?: string;
  /** The value's placeholder in help (`FILE`, `N`, `NAME=VALUE`); `FILE` makes "needs a file". */
  value?: string;
  /** What the option does, one sentence. */
  description: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  name: string;
  /** The line `dialplan --help` prints for the command. */
  summary: string;
  /** The synopsis after `usage: `, e.g. `dialplan validate FILE…`. */
  usage: string;
  /** A few sentences on what the command does and prints. */
  description: string;
  /** Positional arguments and their meaning. */
  arguments?: readonly (readonly [string, string])[];
  options: O;
  exitCodes: readonly (readonly [number, string])[];
  example: string;
  /** Loads the command's run logic (and the core) only when it runs. */
  run: () => Promise<Command>;
}

/** Keeps the literal option names and types of a spec so that parsed values are typed. */
export function defineCommand<const O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
): CommandSpec<O> {
  return spec;
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? S['multiple'] extends true
    ? boolean[]
    : boolean
  : S['multiple'] extends true
    ? string[]
    : string;

export interface ParsedCommand<O extends Record<string, OptionSpec>> {
  values: { [K in keyof O]?: ValueOf<O[K]> };
  positionals: string[];
}

/** The one-line usage error: the problem, then the command's synopsis. */
export function usageError(spec: CommandSpec<Record<string, OptionSpec>>, message: string): never {
  throw new UsageError(`${message}. usage: ${spec.usage}`);
}

function unknownOption(spec: CommandSpec<Record<string, OptionSpec>>, raw: string): never {
  const names = Object.keys(spec.options).map((n) => `--${n}`);
  const near = nearestName(raw.split('=')[0] ?? raw, [...names, '--help']);
  usageError(spec, `unknown option '${raw}'${near ? ` (did you mean ${near}?)` : ''}`);
}

/**
 * Parses a command's arguments against its spec. Unknown options (with the nearest known one suggested),
 * a missing value and a value given to a flag are usage errors; `-` and everything after `--` are
 * positionals.
 */
export function parseCommand<O extends Record<string, OptionSpec>>(
  spec: CommandSpec<O>,
  args: readonly string[],
): ParsedCommand<O> {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options))
    options[name] = {
      type: o.type,
      multiple: o.multiple ?? false,
      ...(o.short && { short: o.short }),
    };
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const declared = options[token.name];
    if (!declared) unknownOption(spec, token.rawName);
    if (declared.type === 'string' && token.value === undefined) {
      const placeholder = spec.options[token.name]?.value ?? 'VALUE';
      usageError(spec, `${token.rawName} needs ${placeholder === 'FILE' ? 'a file' : 'a value'}`);
    }
    if (declared.type === 'boolean' && token.value !== undefined)
      usageError(spec, `${token.rawName} takes no value`);
  }
  return { values: values as ParsedCommand<O>['values'], positionals };
}

/** True when the arguments ask for help (`-h`/`--help` before any `--`). */
export function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}
