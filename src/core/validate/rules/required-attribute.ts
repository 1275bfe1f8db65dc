import type { ElementNode } from '../../ast/types.ts';
import { attr, attrValue } from '../../ast/query.ts';
import { requiredAttributes } from '../schema-index.ts';
import type { Rule } from '../types.ts';

/** Attributes the reference marks required, plus `catch@value` for a digit catch. */
export const requiredAttribute: Rule = {
  id: 'required-attribute',
  severity: 'error',
  scope: 'element',
  check(ctx) {
    for (const e of ctx.elements) {
      for (const schema of requiredAttributes(e.kind)) {
        if (attr(e, schema.name)) continue;
        ctx.report(e, `<${e.tagName}> needs a '${schema.name}' attribute: ${schema.doc}`);
      }
      if (isDigitCatchWithoutValue(e))
        ctx.report(
          e,
          `<${e.tagName} type="digit"> needs a 'value' attribute: the digit that triggers it`,
        );
    }
  },
};

function isDigitCatchWithoutValue(e: ElementNode): boolean {
  return (
    e.kind === 'catch' &&
    attrValue(e, 'type')?.trim().toLowerCase() === 'digit' &&
    attr(e, 'value') === undefined
  );
}
