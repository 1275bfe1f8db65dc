import { schemaOfAttribute } from '../schema-index.ts';
import type { Rule } from '../types.ts';

/** Attributes a known tag does not take are kept but do nothing on the platform. */
export const unknownAttribute: Rule = {
  id: 'unknown-attribute',
  severity: 'warning',
  scope: 'element',
  check(ctx) {
    for (const e of ctx.elements) {
      if (e.kind === 'unknown') continue;
      for (const a of e.attributes) {
        if (schemaOfAttribute(e.kind, a.name)) continue;
        ctx.report(
          e,
          `<${e.tagName}> has no attribute '${a.name}': check the spelling or remove it`,
          a,
        );
      }
    }
  },
};
