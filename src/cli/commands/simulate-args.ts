/**
 * Reads `dialplan simulate`'s arguments against its spec (simulate-spec.ts) into simulator options
 * (simulator-semantics.md §5). Every mistake is a one-line usage error.
 */
import { invalidInputToken, inputTokens, type SimOptions } from '../../core/index.ts';
import { parseCommand, usageError } from '../args.ts';
import { SIMULATE } from './simulate-spec.ts';

export interface SimulateArgs {
  file: string;
  options: Partial<SimOptions> & {
    variables: Record<string, string>;
    http: Record<string, string>;
  };
  tokens: string[];
  random?: { calls: number; seed: number };
  /** What to print: a transcript, JSON, or (undefined) JSON unless stdout is a terminal. */
  output?: 'text' | 'json';
}

function fail(message: string): never {
  usageError(SIMULATE, message);
}

function pair(option: string, value: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) fail(`${option} needs NAME=VALUE, got '${value}'`);
  return [value.slice(0, eq), value.slice(eq + 1)];
}

function pairs(option: string, values: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(values.map((v) => pair(option, v)));
}

/**
 * `--http URL=BODY`: a URL may hold `=` itself (`?id=7=OK`), so every split is registered; the engine
 * looks responses up by the exact URL, so only the split that names a real URL is ever used.
 */
function httpResponses(values: readonly string[] = []): Record<string, string> {
  const http: Record<string, string> = {};
  for (const value of values) {
    pair('--http', value);
    for (let eq = value.indexOf('='); eq > 0; eq = value.indexOf('=', eq + 1))
      http[value.slice(0, eq)] = value.slice(eq + 1);
  }
  return http;
}

function wholeNumber(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
    fail(`${option} needs a whole number ≥ ${min}, got '${value}'`);
  return n;
}

function oneOf<const T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    fail(`${option} must be ${allowed.join(' or ')}, got '${value}'`);
  return value as T;
}

function callTokens(input: string | undefined): string[] {
  if (input === undefined) return [];
  const tokens = inputTokens(input);
  const bad = invalidInputToken(tokens);
  if (bad !== undefined) fail(`--input token '${bad}' is not digits[#], timeout or hangup`);
  return tokens;
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d\d-\d\d/.test(value) || Number.isNaN(new Date(value).getTime()))
    fail(`--now needs an ISO-8601 date-time, got '${value}'`);
  return new Date(value).toISOString();
}

function outputOf(json: boolean | undefined, format: string | undefined): SimulateArgs['output'] {
  const chosen = format === undefined ? undefined : oneOf('--format', format, ['text', 'json']);
  if (json && chosen === 'text') fail('--json and --format text exclude each other');
  return json ? 'json' : chosen;
}

export function parseSimulateArgs(args: readonly string[]): SimulateArgs {
  const { values: v, positionals } = parseCommand(SIMULATE, args);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) fail('expected one FILE');
  const amd = v.amd === undefined ? undefined : oneOf('--amd', v.amd, ['live', 'machine']);
  if (v.inbound && amd !== undefined) fail('--inbound and --amd cannot be combined');
  const tokens = callTokens(v.input);
  const calls = v.random === undefined ? undefined : wholeNumber('--random', v.random, 1);
  if (calls !== undefined && tokens.length > 0) fail('--random and --input cannot be combined');
  const options: SimulateArgs['options'] = {
    variables: pairs('--var', v.var),
    http: httpResponses(v.http),
  };
  if (v.transfer !== undefined)
    options.transfer = oneOf('--transfer', v.transfer, ['answered', 'no-answer']);
  if (v.now !== undefined) options.now = isoDate(v.now);
  if (v.callerid !== undefined) options.callerId = v.callerid;
  if (v.dnis !== undefined) options.dnis = v.dnis;
  if (v.phonenumber !== undefined) options.phoneNumber = v.phonenumber;
  options.answer = v.inbound ? 'inbound' : (amd ?? 'live');
  const contact = pairs('--contact', v.contact);
  if (Object.keys(contact).length > 0) options.contact = contact;
  const seed = v.seed === undefined ? 1 : wholeNumber('--seed', v.seed, 0);
  const random = calls === undefined ? {} : { random: { calls, seed } };
  const output = outputOf(v.json, v.format);
  return { file, options, tokens, ...random, ...(output && { output }) };
}
