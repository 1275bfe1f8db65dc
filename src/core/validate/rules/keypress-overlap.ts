import type { ElementNode } from '../../ast/types.ts';
import { attr, attrValue } from '../../ast/query.ts';
import { describePattern, parsePressed, patternsOverlap, type PressedPattern } from '../pressed.ts';
import type { Rule, ValidationContext } from '../types.ts';

/** Two keypresses of one menu that match the same input: the later one never runs for that input. */
export const keypressOverlap: Rule = {
  id: 'keypress-overlap',
  severity: 'warning',
  scope: 'document',
  visits: ['menu'],
  check(e, ctx, o) {
    checkMenu(ctx, e, o);
  },
};

interface Branch {
  element: ElementNode;
  pattern: PressedPattern;
}

/** Menus up to this many keypresses are checked pairwise, with no maps or lists made. */
const SMALL_MENU = 12;

function checkMenu(ctx: ValidationContext, menu: ElementNode, o: number): void {
  let keypresses = 0;
  const from = ctx.kidStart[o] ?? 0;
  const to = ctx.kidStart[o + 1] ?? 0;
  for (let k = from; k < to; k++)
    if (ctx.elements[ctx.kidList[k] ?? -1]?.kind === 'keypress') keypresses++;
  if (keypresses < 2) return;
  if (keypresses <= SMALL_MENU) checkSmallMenu(ctx, from, to);
  else checkLargeMenu(ctx, menu);
}

/** The usual menu (a handful of keys): compare each branch with the earlier ones, allocating nothing. */
function checkSmallMenu(ctx: ValidationContext, from: number, to: number): void {
  const { elements, kidList } = ctx;
  for (let i = from; i < to; i++) {
    const c = kidList[i] ?? -1;
    if (elements[c]?.kind !== 'keypress') continue;
    const pattern = ctx.pressedOf(c);
    if (pattern === undefined) continue;
    for (let j = from; j < i; j++) {
      const earlier = kidList[j] ?? -1;
      if (elements[earlier]?.kind !== 'keypress') continue;
      const otherPattern = ctx.pressedOf(earlier);
      if (otherPattern === undefined || !patternsOverlap(otherPattern, pattern)) continue;
      report(ctx, elements[c] as ElementNode, pattern, {
        element: elements[earlier] as ElementNode,
        pattern: otherPattern,
      });
      break;
    }
  }
}

/**
 * Exact patterns and keywords are looked up by key; only ranges are compared pairwise (menus have few),
 * so a menu of thousands of pasted keypresses stays linear.
 */
function checkLargeMenu(ctx: ValidationContext, menu: ElementNode): void {
  const byKey = new Map<string, Branch>();
  const ranges: Branch[] = [];
  const exacts: Branch[] = [];
  for (const c of menu.children) {
    if (c.type !== 'element' || c.kind !== 'keypress') continue;
    const pressed = attrValue(c, 'pressed');
    if (pressed === undefined) continue;
    const branch = { element: c, pattern: parsePressed(pressed) };
    const earlier = earlierOverlap(branch.pattern, byKey, ranges, exacts);
    if (earlier) report(ctx, c, branch.pattern, earlier);
    const key = keyOf(branch.pattern);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, branch);
    if (branch.pattern.kind === 'range') ranges.push(branch);
    if (branch.pattern.kind === 'exact') exacts.push(branch);
  }
}

function keyOf(pattern: PressedPattern): string | undefined {
  if (pattern.kind === 'exact') return `=${pattern.digits}`;
  if (pattern.kind === 'default' || pattern.kind === 'timeout') return pattern.kind;
  return undefined;
}

/** The first earlier branch (in document order) that overlaps `pattern`. */
function earlierOverlap(
  pattern: PressedPattern,
  byKey: ReadonlyMap<string, Branch>,
  ranges: readonly Branch[],
  exacts: readonly Branch[],
): Branch | undefined {
  const key = keyOf(pattern);
  const candidates = [
    key === undefined ? undefined : byKey.get(key),
    pattern.kind === 'exact' || pattern.kind === 'range'
      ? ranges.find((b) => patternsOverlap(b.pattern, pattern))
      : undefined,
    pattern.kind === 'range' ? exacts.find((b) => patternsOverlap(b.pattern, pattern)) : undefined,
  ];
  let first: Branch | undefined;
  for (const c of candidates)
    if (c && (!first || c.element.range.start.offset < first.element.range.start.offset)) first = c;
  return first;
}

function report(
  ctx: ValidationContext,
  element: ElementNode,
  pattern: PressedPattern,
  earlier: Branch,
): void {
  const line = earlier.element.openTagRange.start.line;
  const mine = describePattern(pattern);
  const theirs = describePattern(earlier.pattern);
  const message =
    mine === theirs
      ? `pressed="${mine}" is already handled by the keypress on line ${line}: this branch never runs; remove or change it`
      : `pressed="${mine}" overlaps pressed="${theirs}" on line ${line}: the first match wins, so inputs in both go to line ${line}`;
  ctx.report(element, message, attr(element, 'pressed'));
}
