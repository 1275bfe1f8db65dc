import { textContent } from '../../ast/query.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from '../types.ts';

/** `<goto>NAME</goto>` must name an element; an unknown target ends a real call with an error. */
export const gotoTarget: Rule = {
  id: 'goto-target',
  severity: 'error',
  scope: 'document',
  visits: ['goto'],
  check(e, ctx, o) {
    // It lands on an element, whose name (= the goto's trimmed text) is not empty: nothing to say.
    const to = ctx.jumpOf(o);
    if (to !== -1 && !ctx.byName.hasEmptyName(to)) return;
    const name = textContent(e).trim();
    if (name === '')
      ctx.report(e, `<${e.tagName}> is empty: write the name of the element to jump to`);
    else if (!name.includes('${') && !ctx.byName.has(name))
      ctx.report(
        e,
        `<${e.tagName}> jumps to '${name}', but no element has name="${name}": fix the name or add the target${didYouMean(ctx, name)}`,
      );
  },
};
