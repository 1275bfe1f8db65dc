import { attributeValueAt, attrIndex } from '../../ast/query.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from '../types.ts';

/** `<catch goto="NAME">` must name an element. */
export const catchTarget: Rule = {
  id: 'catch-target',
  severity: 'error',
  scope: 'document',
  visits: ['catch'],
  check(e, ctx) {
    const goto = attrIndex(e, 'goto');
    if (goto === -1) return; // required-attribute reports it
    const name = attributeValueAt(e, goto).trim();
    if (name.includes('${') || ctx.byName.has(name)) return;
    ctx.report(
      e,
      name === ''
        ? `<${e.tagName}> has an empty goto: write the name of the element to jump to`
        : `<${e.tagName}> jumps to '${name}', but no element has name="${name}": fix the name or add the target${didYouMean(ctx, name)}`,
      e.attributes[goto],
    );
  },
};
