import type { Rule } from '../types.ts';
import { parsePressed } from '../pressed.ts';
import { attrValue } from '../../ast/query.ts';

/** A menu without a `timeout` or `default` keypress silently falls through when the caller does nothing. */
export const menuNoFallback: Rule = {
  id: 'menu-no-fallback',
  severity: 'warning',
  scope: 'document',
  check(ctx) {
    for (const e of ctx.elements) {
      if (e.kind !== 'menu') continue;
      const hasFallback = e.children.some((c) => {
        if (c.type !== 'element' || c.kind !== 'keypress') return false;
        const kind = parsePressed(attrValue(c, 'pressed') ?? '').kind;
        return kind === 'default' || kind === 'timeout';
      });
      if (!hasFallback)
        ctx.report(
          e,
          `<${e.tagName}> has no timeout or default keypress: when the caller presses nothing or a wrong key, the call just moves on. Add <keypress pressed="timeout"> or pressed="default"`,
        );
    }
  },
};
