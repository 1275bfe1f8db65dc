import { attributeCount, attributeNameAt } from '../../ast/query.ts';
import { schemaOfAttribute } from '../schema-index.ts';
import type { Rule } from '../types.ts';

/** Attributes a known tag does not take are kept but do nothing on the platform. */
export const unknownAttribute: Rule = {
  id: 'unknown-attribute',
  severity: 'warning',
  scope: 'element',
  visits: '*',
  check(e, ctx) {
    if (e.kind === 'unknown') return;
    const count = attributeCount(e);
    for (let k = 0; k < count; k++) {
      const name = attributeNameAt(e, k);
      if (schemaOfAttribute(e.kind, name)) continue;
      ctx.report(
        e,
        `<${e.tagName}> has no attribute '${name}': check the spelling or remove it`,
        e.attributes[k],
      );
    }
  },
};
