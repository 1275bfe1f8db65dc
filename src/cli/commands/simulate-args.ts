/**
 * The options of `dialplan simulate` (simulator-semantics.md §5), declared once: parsing and help both
 * read them. Every mistake is a one-line usage error.
 */
import { invalidInputToken, inputTokens, type SimOptions } from '../../core/index.ts';
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const SIMULATE = defineCommand({
  name: 'simulate',
  summary: 'run one scripted call (or N random ones) and print what happened',
  usage: 'dialplan simulate FILE [options]',
  description:
    'Runs one call through the dialplan, answering its menus with --input tokens. On a terminal (or ' +
    'with --format text) it prints a transcript, one line per event; otherwise (or with --json) one ' +
    'JSON object {events, questionResponses, variables, end}, so pipes keep getting JSON. With ' +
    '--random N it runs N random calls and prints a JSON summary (end reasons, coverage, responses). ' +
    'A call that ends with reason error still ran: its output is printed and the end is told on ' +
    'standard error as FILE:LINE:COL: error: …',
  arguments: [['FILE', 'a dialplan XML file (- for standard input)']],
  options: {
    input: {
      type: 'string',
      value: 'TOKENS',
      description: 'answers, one per menu: digits (optionally ending in #), timeout or hangup',
    },
    amd: {
      type: 'string',
      value: 'live|machine',
      description: 'who answers the outbound call (live)',
    },
    inbound: { type: 'boolean', description: 'an inbound call (no answering-machine detection)' },
    var: {
      type: 'string',
      multiple: true,
      value: 'NAME=VALUE',
      description: 'set a variable before the call; repeatable',
    },
    contact: {
      type: 'string',
      multiple: true,
      value: 'NAME=VALUE',
      description: "a field of the called contact's record; repeatable",
    },
    http: {
      type: 'string',
      multiple: true,
      value: 'URL=BODY',
      description: 'the body an <http> request to URL gets back; repeatable',
    },
    transfer: {
      type: 'string',
      value: 'answered|no-answer',
      description: 'how a <transfer> ends (answered)',
    },
    now: { type: 'string', value: 'ISO-8601', description: "the call's date and time" },
    callerid: { type: 'string', value: 'NUMBER', description: 'the caller id the call shows' },
    dnis: { type: 'string', value: 'NUMBER', description: 'the number that was dialled' },
    phonenumber: { type: 'string', value: 'NUMBER', description: "the contact's phone number" },
    random: { type: 'string', value: 'N', description: 'run N random calls and print a summary' },
    seed: { type: 'string', value: 'S', description: 'the seed of --random (1)' },
    json: { type: 'boolean', description: 'print JSON (the default when not on a terminal)' },
    format: {
      type: 'string',
      value: 'text|json',
      description: 'text: a transcript, one line per event; json: as --json',
    },
  },
  exitCodes: [
    [0, 'the call ran (even when it ended with reason error)'],
    [1, 'the file has XML syntax or encoding errors'],
    [2, 'usage error or a file that cannot be read'],
  ],
  example: 'dialplan simulate poll.xml --input "1 3 hangup"',
  run: async () => (await import('./simulate.ts')).simulateCommand,
});

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
