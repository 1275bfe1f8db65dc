/** Parses `dialplan simulate` arguments (simulator-semantics.md §5); every mistake is a UsageError. */
import { invalidInputToken, inputTokens, type SimOptions } from '../../core/index.ts';
import { UsageError } from '../io.ts';

export const SIMULATE_USAGE =
  'usage: dialplan simulate FILE [--amd live|machine] [--inbound] [--input "1 timeout 123# hangup"] ' +
  '[--var NAME=VALUE]… [--http URL=BODY]… [--transfer answered|no-answer] [--now ISO-8601] ' +
  '[--random N [--seed S]]';

export interface SimulateArgs {
  file: string;
  options: Partial<SimOptions> & {
    variables: Record<string, string>;
    http: Record<string, string>;
  };
  tokens: string[];
  random?: { calls: number; seed: number };
}

const VALUED = new Set([
  '--amd',
  '--input',
  '--var',
  '--http',
  '--transfer',
  '--now',
  '--random',
  '--seed',
  '--callerid',
  '--dnis',
  '--phonenumber',
  '--contact',
]);

function fail(message: string): never {
  throw new UsageError(`${message}. ${SIMULATE_USAGE}`);
}

function pair(option: string, value: string): [string, string] {
  const eq = value.indexOf('=');
  if (eq <= 0) fail(`${option} needs NAME=VALUE, got '${value}'`);
  return [value.slice(0, eq), value.slice(eq + 1)];
}

/**
 * `--http URL=BODY`: a URL may hold `=` itself (`?id=7=OK`), so every split is registered; the engine
 * looks responses up by the exact URL, so only the split that names a real URL is ever used.
 */
function addHttp(http: Record<string, string>, value: string): void {
  pair('--http', value);
  for (let eq = value.indexOf('='); eq > 0; eq = value.indexOf('=', eq + 1)) {
    http[value.slice(0, eq)] = value.slice(eq + 1);
  }
}

function wholeNumber(option: string, value: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    fail(`${option} needs a whole number ≥ ${min}, got '${value}'`);
  }
  return n;
}

function splitOption(arg: string, next: () => string | undefined): [string, string | undefined] {
  const eq = arg.indexOf('=');
  if (eq > 0 && VALUED.has(arg.slice(0, eq))) return [arg.slice(0, eq), arg.slice(eq + 1)];
  return [arg, VALUED.has(arg) ? next() : undefined];
}

interface Draft {
  files: string[];
  options: SimulateArgs['options'];
  contact: Record<string, string>;
  tokens: string[];
  amd?: 'live' | 'machine';
  inbound: boolean;
  calls?: number;
  seed: number;
}

type Handler = (draft: Draft, value: string) => void;

const HANDLERS = new Map<string, Handler>([
  [
    '--amd',
    (d, v) => {
      if (v !== 'live' && v !== 'machine') fail(`--amd must be live or machine, got '${v}'`);
      d.amd = v;
    },
  ],
  ['--inbound', (d) => void (d.inbound = true)],
  [
    '--input',
    (d, v) => {
      d.tokens = inputTokens(v);
      const bad = invalidInputToken(d.tokens);
      if (bad !== undefined) fail(`--input token '${bad}' is not digits[#], timeout or hangup`);
    },
  ],
  [
    '--var',
    (d, v) => {
      const [k, val] = pair('--var', v);
      d.options.variables[k] = val;
    },
  ],
  [
    '--contact',
    (d, v) => {
      const [k, val] = pair('--contact', v);
      d.contact[k] = val;
    },
  ],
  ['--http', (d, v) => addHttp(d.options.http, v)],
  [
    '--transfer',
    (d, v) => {
      if (v !== 'answered' && v !== 'no-answer') fail('--transfer must be answered or no-answer');
      d.options.transfer = v;
    },
  ],
  [
    '--now',
    (d, v) => {
      if (!/^\d{4}-\d\d-\d\d/.test(v) || Number.isNaN(new Date(v).getTime())) {
        fail(`--now needs an ISO-8601 date-time, got '${v}'`);
      }
      d.options.now = new Date(v).toISOString();
    },
  ],
  ['--random', (d, v) => void (d.calls = wholeNumber('--random', v, 1))],
  ['--seed', (d, v) => void (d.seed = wholeNumber('--seed', v, 0))],
  ['--callerid', (d, v) => void (d.options.callerId = v)],
  ['--dnis', (d, v) => void (d.options.dnis = v)],
  ['--phonenumber', (d, v) => void (d.options.phoneNumber = v)],
]);

function finish(d: Draft): SimulateArgs {
  const [file, ...extra] = d.files;
  if (file === undefined || extra.length > 0) fail('expected one FILE');
  if (d.inbound && d.amd !== undefined) fail('--inbound and --amd cannot be combined');
  if (d.calls !== undefined && d.tokens.length > 0) fail('--random and --input cannot be combined');
  const options = { ...d.options };
  options.answer = d.inbound ? 'inbound' : (d.amd ?? 'live');
  if (Object.keys(d.contact).length > 0) options.contact = d.contact;
  const random = d.calls === undefined ? {} : { random: { calls: d.calls, seed: d.seed } };
  return { file, options, tokens: d.tokens, ...random };
}

export function parseSimulateArgs(args: readonly string[]): SimulateArgs {
  const draft: Draft = {
    files: [],
    options: { variables: {}, http: {} },
    contact: {},
    tokens: [],
    inbound: false,
    seed: 1,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      draft.files.push(arg);
      continue;
    }
    const [name, value] = splitOption(arg, () => args[++i]);
    const handler = HANDLERS.get(name);
    if (!handler) fail(`unknown option '${arg}'`);
    if (VALUED.has(name) && value === undefined) fail(`${name} needs a value`);
    handler(draft, value ?? '');
  }
  return finish(draft);
}
