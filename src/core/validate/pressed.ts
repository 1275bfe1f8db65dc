/** The syntax of `keypress@pressed` (simulator-semantics.md §2.6): keywords are case-insensitive. */
export type PressedPattern =
  | { kind: 'exact'; digits: string }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'default' }
  | { kind: 'timeout' }
  | { kind: 'invalid'; problem: string };

const EXACT = /^(?:[0-9*]+|#)$/;
const RANGE = /^(\d+)\s*-\s*(\d+)$/;

/**
 * Patterns are immutable and the same few values (`1`, `2`, `default`) recur thousands of times: a
 * bounded cache spares the validator's rules most of their allocations.
 */
const CACHE = new Map<string, PressedPattern>();
const CACHE_LIMIT = 2048;

export function parsePressed(value: string): PressedPattern {
  const cached = CACHE.get(value);
  if (cached) return cached;
  const pattern = Object.freeze(parsePressedText(value));
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(value, pattern);
  return pattern;
}

function parsePressedText(value: string): PressedPattern {
  const text = value.trim();
  const lower = text.toLowerCase();
  if (lower === 'default') return { kind: 'default' };
  if (lower === 'timeout') return { kind: 'timeout' };
  if (EXACT.test(text)) return { kind: 'exact', digits: text };
  const range = RANGE.exec(text);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (from > to)
      return {
        kind: 'invalid',
        problem: `the range ${text} is empty: write it low-high (${to}-${from})`,
      };
    return { kind: 'range', from, to };
  }
  if (text === '') return { kind: 'invalid', problem: 'it is empty' };
  return {
    kind: 'invalid',
    problem: `'${text}' is not digits, #, *, a range like 1-5, default or timeout`,
  };
}

/** Whether an input matched by `a` could also be matched by `b` (so one of them may never run). */
export function patternsOverlap(a: PressedPattern, b: PressedPattern): boolean {
  if (a.kind === 'invalid' || b.kind === 'invalid') return false;
  if (a.kind === 'exact' && b.kind === 'exact') return a.digits === b.digits;
  if (a.kind === 'range' && b.kind === 'range') return a.from <= b.to && b.from <= a.to;
  if (a.kind === 'exact' && b.kind === 'range') return exactInRange(a.digits, b);
  if (a.kind === 'range' && b.kind === 'exact') return exactInRange(b.digits, a);
  return a.kind === b.kind; // two defaults or two timeouts
}

function exactInRange(digits: string, range: { from: number; to: number }): boolean {
  if (!/^\d+$/.test(digits)) return false;
  const n = Number(digits);
  return n >= range.from && n <= range.to;
}

/** How a pattern is written back in a message. */
export function describePattern(p: PressedPattern): string {
  switch (p.kind) {
    case 'exact':
      return p.digits;
    case 'range':
      return `${p.from}-${p.to}`;
    default:
      return p.kind;
  }
}
