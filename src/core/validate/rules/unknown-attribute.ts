import { attributeCount, attributeNameAt } from '../../ast/query.ts';
import type { ElementNode } from '../../ast/types.ts';
import { attributeEndOf, attributeName, firstAttributeOf } from '../../xml/arena.ts';
import { ParsedElement } from '../../xml/nodes.ts';
import { schemaOfAttribute, schemaRow } from '../schema-index.ts';
import type { Rule, ValidationContext } from '../types.ts';

/** Attributes a known tag does not take are kept but do nothing on the platform. */
export const unknownAttribute: Rule = {
  id: 'unknown-attribute',
  severity: 'warning',
  scope: 'element',
  visits: '*',
  check(e, ctx, o) {
    if (e.kind === 'unknown') return;
    if (e instanceof ParsedElement) {
      // The parser's elements: names by id, looked up in the parse's schema row (no strings).
      const store = e.arena;
      const first = firstAttributeOf(store, e.ordinal);
      const end = attributeEndOf(store, e.ordinal);
      if (first === end) return;
      const schemas = schemaRow(store, ctx.kinds[o] ?? 0).schemas;
      for (let i = first; i < end; i++)
        if (schemas[store.nameId[i] ?? 0] === null)
          report(ctx, e, attributeName(store, i), i - first);
      return;
    }
    const count = attributeCount(e);
    for (let k = 0; k < count; k++) {
      const name = attributeNameAt(e, k);
      if (!schemaOfAttribute(e.kind, name)) report(ctx, e, name, k);
    }
  },
};

function report(ctx: ValidationContext, e: ElementNode, name: string, k: number): void {
  ctx.report(
    e,
    `<${e.tagName}> has no attribute '${name}': check the spelling or remove it`,
    e.attributes[k],
  );
}
