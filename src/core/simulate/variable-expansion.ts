/**
 * `${name}` expansion, nested references resolved inside-out (`${choice${n}}`), and the system
 * variables a simulated call supplies (semantics §3, reference §4). Values are inserted as text and never
 * rescanned, so a variable's value cannot inject further references.
 */
import type { SimOptions } from './types.ts';

/** Deeper `${${${…}}}` nesting than this is left as written (a guard for hostile text). */
const MAX_REFERENCE_NESTING = 32;

export type Resolve = (name: string) => string;
/** Told each time the text being built grows (a reference's name or the result), to enforce a cap. */
export type OnGrow = (length: number) => void;

interface Reference {
  value: string;
  end: number;
}

function readReference(
  text: string,
  from: number,
  resolve: Resolve,
  depth: number,
  onGrow: OnGrow,
): Reference | null {
  if (depth > MAX_REFERENCE_NESTING) return null;
  let name = '';
  let pos = from;
  while (pos < text.length) {
    const c = text[pos];
    if (c === '$' && text[pos + 1] === '{') {
      const inner = readReference(text, pos + 2, resolve, depth + 1, onGrow);
      if (inner === null) return null;
      name += inner.value;
      onGrow(name.length);
      pos = inner.end;
    } else if (c === '}') {
      return { value: resolve(name), end: pos + 1 };
    } else {
      name += c;
      pos++;
    }
  }
  return null; // unterminated: kept as written
}

/**
 * Replaces every `${…}` in `text`. An unterminated reference is kept as written. `onGrow` may throw to
 * stop an expansion that grows too long before it is built.
 */
export function expandVariables(text: string, resolve: Resolve, onGrow: OnGrow = () => {}): string {
  let start = text.indexOf('${');
  if (start < 0) return text;
  let out = '';
  let pos = 0;
  while (start >= 0) {
    out += text.slice(pos, start);
    const ref = readReference(text, start + 2, resolve, 1, onGrow);
    if (ref === null) return out + text.slice(start);
    out += ref.value;
    onGrow(out.length);
    pos = ref.end;
    start = text.indexOf('${', pos);
  }
  return out + text.slice(pos);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `global.date*` and `global.time*` from the simulation clock, read in UTC. Numeric parts are written
 * without leading zeros so that expressions such as `${global.time.hour.military} < 17` stay numbers
 * (`08` is not a valid number in strict JavaScript); the composite date and time are zero-padded.
 */
export function clockVariables(nowIso: string): Map<string, string> {
  const parsed = new Date(nowIso);
  const now = Number.isNaN(parsed.getTime()) ? new Date(0) : parsed;
  const hour = now.getUTCHours();
  const month = now.getUTCMonth() + 1;
  const day = now.getUTCDate();
  const year = now.getUTCFullYear();
  return new Map([
    ['global.date', `${pad2(month)}/${pad2(day)}/${year}`],
    ['global.time', `${pad2(hour)}:${pad2(now.getUTCMinutes())}:${pad2(now.getUTCSeconds())}`],
    ['global.time.hour', String(hour % 12 === 0 ? 12 : hour % 12)],
    ['global.time.hour.military', String(hour)],
    ['global.date.month', String(month)],
    ['global.date.day', String(day)],
    ['global.date.dayOfWeek', String(now.getUTCDay() + 1)],
    ['global.date.year', String(year)],
  ]);
}

/** `call.*` values other than `call.lastinput` (which changes during the call). */
export function callVariables(options: SimOptions): Map<string, string> {
  return new Map([
    ['call.callerid', options.callerId],
    ['call.dnis', options.dnis],
    ['call.phonenumber', options.phoneNumber],
    ['call.id', options.callId],
  ]);
}

/** `contact.X` (and the older alias `call.field.X`) from the contact columns; undefined if unknown. */
export function contactVariable(options: SimOptions, name: string): string | undefined {
  const column = name.startsWith('contact.')
    ? name.slice(8)
    : name.startsWith('call.field.')
      ? name.slice(11)
      : undefined;
  if (column === undefined) return undefined;
  if (Object.hasOwn(options.contact, column)) return options.contact[column];
  // Samples write both `contact.c` and `contact.C` for a sheet column: fall back to any case.
  const lower = column.toLowerCase();
  const key = Object.keys(options.contact).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : options.contact[key];
}
