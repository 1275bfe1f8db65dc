import type { Rule, ValidationContext } from '../types.ts';
import { parsePressed } from '../pressed.ts';

/** A menu without a `timeout` or `default` keypress silently falls through when the caller does nothing. */
export const menuNoFallback: Rule = {
  id: 'menu-no-fallback',
  severity: 'warning',
  scope: 'document',
  visits: ['menu'],
  check(e, ctx, o) {
    if (!hasFallback(ctx, o))
      ctx.report(
        e,
        `<${e.tagName}> has no timeout or default keypress: when the caller presses nothing or a wrong key, the call just moves on. Add <keypress pressed="timeout"> or pressed="default"`,
      );
  },
};

/** What a keypress without `pressed` reads as. */
const NO_PATTERN = parsePressed('');

function hasFallback(ctx: ValidationContext, menu: number): boolean {
  const end = ctx.kidStart[menu + 1] ?? 0;
  for (let k = ctx.kidStart[menu] ?? 0; k < end; k++) {
    const kid = ctx.kidList[k] ?? -1;
    if (ctx.elements[kid]?.kind !== 'keypress') continue;
    const kind = (ctx.pressedOf(kid) ?? NO_PATTERN).kind;
    if (kind === 'default' || kind === 'timeout') return true;
  }
  return false;
}
