/**
 * A menu's collection rules and branch choice (semantics §2.4 and §2.6).
 */
import { menuTimeoutMs } from './options.ts';
import type { ProgramNode } from './program.ts';

export type BranchMatch =
  | { type: 'exact'; value: string }
  | { type: 'range'; low: string; high: string }
  | { type: 'default' }
  | { type: 'timeout' };

export interface MenuBranch {
  id: string;
  line: number;
  /** `pressed` as written (trimmed). */
  pressed: string;
  match: BranchMatch;
}

export interface MenuRules {
  timeoutMs: number;
  maxDigits: number;
  branches: readonly MenuBranch[];
}

const RANGE = /^(\d+)\s*-\s*(\d+)$/;

/** A whole number written as digits, without leading zeros, so numbers compare as text. */
function canonicalDigits(digits: string): string {
  const stripped = digits.replace(/^0+/, '');
  return stripped === '' ? '0' : stripped;
}

function compareNumeric(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function parsePressed(pressed: string): BranchMatch {
  const lower = pressed.toLowerCase();
  if (lower === 'default' || lower === 'timeout') return { type: lower };
  const range = RANGE.exec(pressed);
  if (range?.[1] !== undefined && range[2] !== undefined) {
    return { type: 'range', low: canonicalDigits(range[1]), high: canonicalDigits(range[2]) };
  }
  return { type: 'exact', value: pressed };
}

function patternLength(pressed: string, match: BranchMatch): number {
  if (match.type === 'exact') return match.value.length;
  const range = RANGE.exec(pressed);
  return Math.max(range?.[1]?.length ?? 0, range?.[2]?.length ?? 0);
}

/**
 * `maxDigits` from the attribute, or by default the longest exact or range `pressed`, at least 1
 * (*assumption*, semantics §2.4).
 */
function maxDigitsOf(raw: string | undefined, branches: readonly MenuBranch[]): number {
  const value = raw === undefined ? NaN : Number.parseInt(raw.trim(), 10);
  if (Number.isInteger(value) && value >= 1) return value;
  let longest = 1;
  for (const b of branches) longest = Math.max(longest, patternLength(b.pressed, b.match));
  return longest;
}

export function compileMenu(menu: ProgramNode): MenuRules {
  const branches: MenuBranch[] = [];
  for (const child of menu.children) {
    if (child.kind !== 'keypress') continue;
    const pressed = (child.attrs.get('pressed') ?? '').trim();
    branches.push({ id: child.id, line: child.line, pressed, match: parsePressed(pressed) });
  }
  return {
    timeoutMs: menuTimeoutMs(menu.attrs.get('timeout')),
    maxDigits: maxDigitsOf(menu.attrs.get('maxdigits'), branches),
    branches,
  };
}

function matchesInput(match: BranchMatch, digits: string): boolean {
  if (match.type === 'exact') return match.value === digits;
  if (match.type !== 'range' || !/^\d+$/.test(digits)) return false;
  const n = canonicalDigits(digits);
  return compareNumeric(match.low, n) <= 0 && compareNumeric(n, match.high) <= 0;
}

function firstOf(branches: readonly MenuBranch[], type: 'default' | 'timeout') {
  return branches.find((b) => b.match.type === type);
}

/**
 * The branch for the collected input: an exact or range match in document order, else the first
 * `default`; with no input the first `timeout`, else the first `default` (*assumption*). A lone `#`
 * (empty input ended by `#`) first tries a branch written `pressed="#"`.
 */
export function chooseBranch(
  rules: MenuRules,
  digits: string,
  endedByHash: boolean,
): MenuBranch | undefined {
  const { branches } = rules;
  if (digits !== '') {
    return branches.find((b) => matchesInput(b.match, digits)) ?? firstOf(branches, 'default');
  }
  const hash = endedByHash ? branches.find((b) => matchesInput(b.match, '#')) : undefined;
  return hash ?? firstOf(branches, 'timeout') ?? firstOf(branches, 'default');
}
