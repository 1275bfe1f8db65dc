import type { ElementNode } from '../../ast/types.ts';
import { attrIndex, attrValue } from '../../ast/query.ts';
import { attributeEndOf, firstAttributeOf } from '../../xml/arena.ts';
import { ParsedElement } from '../../xml/nodes.ts';
import { REQUIRED_BY_CODE, schemaRow } from '../schema-index.ts';
import type { AttributeSchema } from '../../schema/tags.ts';
import type { Rule } from '../types.ts';

/** Attributes the reference marks required, plus `catch@value` for a digit catch. */
export const requiredAttribute: Rule = {
  id: 'required-attribute',
  severity: 'error',
  scope: 'element',
  visits: '*',
  check(e, ctx, o) {
    const required = REQUIRED_BY_CODE[ctx.kinds[o] ?? 0] ?? NONE;
    if (required.length > 0) {
      const present = presentRequired(e, ctx.kinds[o] ?? 0, required);
      for (let r = 0; r < required.length; r++) {
        if (present & (1 << r)) continue;
        const schema = required[r] as AttributeSchema;
        ctx.report(e, `<${e.tagName}> needs a '${schema.name}' attribute: ${schema.doc}`);
      }
    }
    if (isDigitCatchWithoutValue(e))
      ctx.report(
        e,
        `<${e.tagName} type="digit"> needs a 'value' attribute: the digit that triggers it`,
      );
  },
};

const NONE: readonly AttributeSchema[] = [];

/** Bit `r` set when `required[r]` is written (in any case), as `attrIndex` finds it. */
function presentRequired(
  e: ElementNode,
  code: number,
  required: readonly AttributeSchema[],
): number {
  let present = 0;
  if (e instanceof ParsedElement && required.length <= 31) {
    // The parser's elements: each name id says which required attribute it is (schema-index.ts).
    const store = e.arena;
    const bits = schemaRow(store, code).required;
    const end = attributeEndOf(store, e.ordinal);
    for (let i = firstAttributeOf(store, e.ordinal); i < end; i++)
      present |= bits[store.nameId[i] ?? 0] ?? 0;
    return present;
  }
  for (let r = 0; r < required.length; r++)
    if (attrIndex(e, (required[r] as AttributeSchema).name) !== -1) present |= 1 << r;
  return present;
}

function isDigitCatchWithoutValue(e: ElementNode): boolean {
  return (
    e.kind === 'catch' &&
    attrValue(e, 'type')?.trim().toLowerCase() === 'digit' &&
    attrIndex(e, 'value') === -1
  );
}
