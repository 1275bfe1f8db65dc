/**
 * The allow-list of functions and methods a dialplan expression may call. Lookups go through `Map`s, never
 * through object properties, so names such as `constructor` or `__proto__` can never reach a prototype.
 * Every argument is a primitive (or a `split` result) by the time it gets here.
 */
import { isStringArray, toNumber, toText, type ExprValue } from './values.ts';

/** A rule of the sandbox was broken (forbidden name, size limit): the expression is refused. */
export class Refusal extends Error {}
/** The expression is not something we can evaluate (unknown name, wrong type): fall back to the text. */
export class EvalFailure extends Error {}

/** Longer strings and arrays than these are refused, so an expression cannot eat memory. */
export const MAX_TEXT_LENGTH = 100_000;
export const MAX_ARRAY_LENGTH = 10_000;

type Method<T> = (receiver: T, args: readonly ExprValue[]) => ExprValue;

function optionalNumber(value: ExprValue | undefined): number | undefined {
  return value === undefined ? undefined : toNumber(value);
}

function checkedText(text: string): string {
  if (text.length > MAX_TEXT_LENGTH) throw new Refusal(`text longer than ${MAX_TEXT_LENGTH}`);
  return text;
}

function split(s: string, args: readonly ExprValue[]): readonly string[] {
  const separator = args[0] === undefined ? undefined : toText(args[0]);
  const parts = separator === undefined ? [s] : s.split(separator, optionalNumber(args[1]));
  if (parts.length > MAX_ARRAY_LENGTH) throw new Refusal(`more than ${MAX_ARRAY_LENGTH} parts`);
  return parts;
}

/** `substr(start, length)` as JavaScript defines it (not via the deprecated builtin). */
function substr(s: string, args: readonly ExprValue[]): string {
  const rawStart = Math.trunc(toNumber(args[0] ?? 0)) || 0;
  const start = rawStart < 0 ? Math.max(s.length + rawStart, 0) : rawStart;
  const length = args[1] === undefined ? s.length : Math.trunc(toNumber(args[1])) || 0;
  return s.slice(start, start + Math.max(length, 0));
}

const STRING_METHODS = new Map<string, Method<string>>([
  ['substring', (s, a) => s.substring(toNumber(a[0] ?? 0), optionalNumber(a[1]))],
  ['substr', substr],
  ['slice', (s, a) => s.slice(optionalNumber(a[0]), optionalNumber(a[1]))],
  ['split', split],
  ['toLowerCase', (s) => s.toLowerCase()],
  ['toUpperCase', (s) => s.toUpperCase()],
  ['trim', (s) => s.trim()],
  ['indexOf', (s, a) => s.indexOf(toText(a[0] ?? 'undefined'), optionalNumber(a[1]))],
  ['lastIndexOf', (s, a) => s.lastIndexOf(toText(a[0] ?? 'undefined'), optionalNumber(a[1]))],
  ['includes', (s, a) => s.includes(toText(a[0] ?? 'undefined'))],
  ['startsWith', (s, a) => s.startsWith(toText(a[0] ?? 'undefined'))],
  ['endsWith', (s, a) => s.endsWith(toText(a[0] ?? 'undefined'))],
  [
    'replace',
    (s, a) => checkedText(s.replace(toText(a[0] ?? 'undefined'), toText(a[1] ?? 'undefined'))),
  ],
  ['charAt', (s, a) => s.charAt(toNumber(a[0] ?? 0))],
  ['charCodeAt', (s, a) => s.charCodeAt(toNumber(a[0] ?? 0))],
  ['concat', (s, a) => checkedText(s + a.map(toText).join(''))],
  ['toString', (s) => s],
]);

const NUMBER_METHODS = new Map<string, Method<number>>([
  ['toFixed', (n, a) => n.toFixed(optionalNumber(a[0]))],
  ['toString', (n, a) => n.toString(optionalNumber(a[0]))],
]);

const ARRAY_METHODS = new Map<string, Method<readonly string[]>>([
  ['join', (xs, a) => checkedText(xs.join(a[0] === undefined ? ',' : toText(a[0])))],
  ['slice', (xs, a) => xs.slice(optionalNumber(a[0]), optionalNumber(a[1]))],
  ['indexOf', (xs, a) => xs.indexOf(toText(a[0] ?? 'undefined'))],
  ['reverse', (xs) => [...xs].reverse()],
  ['toString', (xs) => xs.join(',')],
]);

type Fn = (args: readonly ExprValue[]) => ExprValue;

const GLOBAL_FUNCTIONS = new Map<string, Fn>([
  ['isNaN', (a) => Number.isNaN(toNumber(a[0] ?? NaN))],
  ['parseInt', (a) => Number.parseInt(toText(a[0] ?? ''), optionalNumber(a[1]))],
  ['parseFloat', (a) => Number.parseFloat(toText(a[0] ?? ''))],
  ['Number', (a) => (a[0] === undefined ? 0 : toNumber(a[0]))],
  ['String', (a) => (a[0] === undefined ? '' : toText(a[0]))],
]);

const MATH_FUNCTIONS = new Map<string, Fn>([
  ['floor', (a) => Math.floor(toNumber(a[0] ?? NaN))],
  ['ceil', (a) => Math.ceil(toNumber(a[0] ?? NaN))],
  ['round', (a) => Math.round(toNumber(a[0] ?? NaN))],
  ['abs', (a) => Math.abs(toNumber(a[0] ?? NaN))],
  ['min', (a) => a.reduce<number>((least, v) => Math.min(least, toNumber(v)), Infinity)],
  ['max', (a) => a.reduce<number>((most, v) => Math.max(most, toNumber(v)), -Infinity)],
]);

/** Calls `isNaN(…)`, `parseInt(…)`, `Number(…)`, `String(…)`, `parseFloat(…)`. */
export function callGlobal(name: string, args: readonly ExprValue[]): ExprValue {
  const fn = GLOBAL_FUNCTIONS.get(name);
  if (!fn) throw new Refusal(`function '${name}' is not allowed`);
  return fn(args);
}

/** Calls `Math.floor`, `ceil`, `round`, `abs`, `min`, `max`. */
export function callMath(name: string, args: readonly ExprValue[]): ExprValue {
  const fn = MATH_FUNCTIONS.get(name);
  if (!fn) throw new Refusal(`Math.${name} is not allowed`);
  return fn(args);
}

/** Calls an allowed method of a string, number or `split` array. */
export function callMethod(
  receiver: ExprValue,
  name: string,
  args: readonly ExprValue[],
): ExprValue {
  try {
    if (typeof receiver === 'string') {
      const method = STRING_METHODS.get(name);
      if (method) return method(receiver, args);
    } else if (typeof receiver === 'number') {
      const method = NUMBER_METHODS.get(name);
      if (method) return method(receiver, args);
    } else if (receiver !== null && isStringArray(receiver)) {
      const method = ARRAY_METHODS.get(name);
      if (method) return method(receiver, args);
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    // A RangeError from toFixed(500) and the like: the expression fails, the call goes on.
    throw new EvalFailure(error instanceof Error ? error.message : `${name} failed`);
  }
  throw new Refusal(`method '${name}' is not allowed here`);
}

/** `x.length` and `x[i]` on strings and `split` arrays; every other property is refused. */
export function readProperty(receiver: ExprValue, key: string | number): ExprValue {
  const indexable = typeof receiver === 'string' || (receiver !== null && isStringArray(receiver));
  if (!indexable) throw new Refusal(`property '${String(key)}' is not allowed here`);
  if (key === 'length') return receiver.length;
  if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < receiver.length) {
    return receiver[key] ?? '';
  }
  if (typeof key === 'number') throw new EvalFailure(`index ${key} is out of range`);
  throw new Refusal(`property '${key}' is not allowed`);
}
