import type { ElementNode } from '../../ast/types.ts';
import { attrIndex, attrValue } from '../../ast/query.ts';
import { requiredAttributes } from '../schema-index.ts';
import type { AttributeSchema } from '../../schema/tags.ts';
import type { Rule } from '../types.ts';

/** Attributes the reference marks required, plus `catch@value` for a digit catch. */
export const requiredAttribute: Rule = {
  id: 'required-attribute',
  severity: 'error',
  scope: 'element',
  visits: '*',
  check(e, ctx) {
    const required = requiredAttributes(e.kind);
    for (let r = 0; r < required.length; r++) {
      const schema = required[r] as AttributeSchema;
      if (attrIndex(e, schema.name) !== -1) continue;
      ctx.report(e, `<${e.tagName}> needs a '${schema.name}' attribute: ${schema.doc}`);
    }
    if (isDigitCatchWithoutValue(e))
      ctx.report(
        e,
        `<${e.tagName} type="digit"> needs a 'value' attribute: the digit that triggers it`,
      );
  },
};

function isDigitCatchWithoutValue(e: ElementNode): boolean {
  return (
    e.kind === 'catch' &&
    attrValue(e, 'type')?.trim().toLowerCase() === 'digit' &&
    attrIndex(e, 'value') === -1
  );
}
