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

export function parseSimulateArgs(args: readonly string[]): SimulateArgs {
  const files: string[] = [];
  const options: SimulateArgs['options'] = { variables: {}, http: {} };
  const contact: Record<string, string> = {};
  let tokens: string[] = [];
  let amd: string | undefined;
  let inbound = false;
  let calls: number | undefined;
  let seed = 1;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, value] = splitOption(arg, () => args[++i]);
    if (VALUED.has(name) && value === undefined) fail(`${name} needs a value`);
    const v = value ?? '';
    switch (name) {
      case '--amd':
        if (v !== 'live' && v !== 'machine') fail(`--amd must be live or machine, got '${v}'`);
        amd = v;
        break;
      case '--inbound':
        inbound = true;
        break;
      case '--input':
        tokens = inputTokens(v);
        if (invalidInputToken(tokens) !== undefined) {
          fail(`--input token '${invalidInputToken(tokens)}' is not digits[#], timeout or hangup`);
        }
        break;
      case '--var': {
        const [k, val] = pair(name, v);
        options.variables[k] = val;
        break;
      }
      case '--contact': {
        const [k, val] = pair(name, v);
        contact[k] = val;
        break;
      }
      case '--http':
        addHttp(options.http, v);
        break;
      case '--transfer':
        if (v !== 'answered' && v !== 'no-answer') fail(`--transfer must be answered or no-answer`);
        options.transfer = v;
        break;
      case '--now':
        if (!/^\d{4}-\d\d-\d\d/.test(v) || Number.isNaN(new Date(v).getTime())) {
          fail(`--now needs an ISO-8601 date-time, got '${v}'`);
        }
        options.now = new Date(v).toISOString();
        break;
      case '--random':
        calls = wholeNumber(name, v, 1);
        break;
      case '--seed':
        seed = wholeNumber(name, v, 0);
        break;
      case '--callerid':
        options.callerId = v;
        break;
      case '--dnis':
        options.dnis = v;
        break;
      case '--phonenumber':
        options.phoneNumber = v;
        break;
      default:
        fail(`unknown option '${arg}'`);
    }
  }
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) fail('expected one FILE');
  if (inbound && amd !== undefined) fail('--inbound and --amd cannot be combined');
  if (calls !== undefined && tokens.length > 0) fail('--random and --input cannot be combined');
  options.answer = inbound ? 'inbound' : amd === 'machine' ? 'machine' : 'live';
  if (Object.keys(contact).length > 0) options.contact = contact;
  return { file, options, tokens, ...(calls === undefined ? {} : { random: { calls, seed } }) };
}
