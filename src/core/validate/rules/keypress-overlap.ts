import type { ElementNode } from '../../ast/types.ts';
import { attr } from '../../ast/query.ts';
import { describePattern, parsePressed, patternsOverlap, type PressedPattern } from '../pressed.ts';
import type { Rule, ValidationContext } from '../types.ts';

/** Two keypresses of one menu that match the same input: the later one never runs for that input. */
export const keypressOverlap: Rule = {
  id: 'keypress-overlap',
  severity: 'warning',
  scope: 'document',
  check(ctx) {
    for (const e of ctx.elements) if (e.kind === 'menu') checkMenu(ctx, e);
  },
};

interface Branch {
  element: ElementNode;
  pattern: PressedPattern;
}

function checkMenu(ctx: ValidationContext, menu: ElementNode): void {
  const branches: Branch[] = [];
  for (const c of menu.children) {
    if (c.type !== 'element' || c.kind !== 'keypress') continue;
    const pressed = attr(c, 'pressed');
    if (!pressed) continue;
    const pattern = parsePressed(pressed.value);
    const earlier = branches.find((b) => patternsOverlap(b.pattern, pattern));
    if (earlier) report(ctx, c, pattern, earlier);
    branches.push({ element: c, pattern });
  }
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
