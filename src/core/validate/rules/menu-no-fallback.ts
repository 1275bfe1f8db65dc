import type { ElementNode } from '../../ast/types.ts';
import type { Rule } from '../types.ts';
import { parsePressed } from '../pressed.ts';
import { attrValue } from '../../ast/query.ts';

/** A menu without a `timeout` or `default` keypress silently falls through when the caller does nothing. */
export const menuNoFallback: Rule = {
  id: 'menu-no-fallback',
  severity: 'warning',
  scope: 'document',
  visits: ['menu'],
  check(e, ctx) {
    if (!hasFallback(e))
      ctx.report(
        e,
        `<${e.tagName}> has no timeout or default keypress: when the caller presses nothing or a wrong key, the call just moves on. Add <keypress pressed="timeout"> or pressed="default"`,
      );
  },
};

function hasFallback(menu: ElementNode): boolean {
  const children = menu.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c?.type !== 'element' || c.kind !== 'keypress') continue;
    const kind = parsePressed(attrValue(c, 'pressed') ?? '').kind;
    if (kind === 'default' || kind === 'timeout') return true;
  }
  return false;
}
