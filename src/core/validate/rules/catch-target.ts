import type { ElementNode } from '../../ast/types.ts';
import { attributeValueAt, attrIndex } from '../../ast/query.ts';
import { didYouMean } from '../suggest.ts';
import type { Rule } from '../types.ts';

/** `<catch goto="NAME">` must name an element. */
export const catchTarget: Rule = {
  id: 'catch-target',
  severity: 'error',
  scope: 'document',
  check(ctx) {
    const { elements } = ctx;
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i] as ElementNode;
      if (e.kind !== 'catch') continue;
      const goto = attrIndex(e, 'goto');
      if (goto === -1) continue; // required-attribute reports it
      const name = attributeValueAt(e, goto).trim();
      if (name.includes('${') || ctx.byName.has(name)) continue;
      ctx.report(
        e,
        name === ''
          ? `<${e.tagName}> has an empty goto: write the name of the element to jump to`
          : `<${e.tagName}> jumps to '${name}', but no element has name="${name}": fix the name or add the target${didYouMean(ctx, name)}`,
        e.attributes[goto],
      );
    }
  },
};
