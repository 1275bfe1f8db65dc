import type { AttributeNode, ElementNode } from '../../ast/types.ts';
import type { AttributeType } from '../../schema/tags.ts';
import { schemaOfAttribute } from '../schema-index.ts';
import { parsePressed } from '../pressed.ts';
import { sameNameIgnoringCase } from '../../ast/query.ts';
import type { Rule } from '../types.ts';

/**
 * Attribute values must fit their type: enums (play type, voice, transfer mode and music, catch type),
 * whole numbers, booleans and the `pressed` syntax. Keywords are matched case-insensitively; a value
 * holding `${…}` is only known at call time and is not checked.
 */
export const attributeValue: Rule = {
  id: 'attribute-value',
  severity: 'error',
  scope: 'element',
  check(ctx) {
    for (const e of ctx.elements) {
      if (e.kind === 'unknown') continue;
      for (const a of e.attributes) {
        if (a.value.includes('${')) continue;
        const problem = problemWith(e, a);
        if (problem) ctx.report(e, `${e.tagName}@${a.name}: ${problem}`, a);
      }
    }
  },
};

function problemWith(e: ElementNode, a: AttributeNode): string | undefined {
  if (e.kind === 'catch' && a.name.toLowerCase() === 'value')
    return /^\s*[0-9*#]\s*$/.test(a.value)
      ? undefined
      : `'${a.value}' is not one key: write a digit 0-9, * or #`;
  const type = schemaOfAttribute(e.kind, a.name)?.value;
  return type ? problemWithType(type, a.value) : undefined;
}

function problemWithType(type: AttributeType, value: string): string | undefined {
  const text = value.trim();
  switch (type.type) {
    case 'enum': {
      for (const v of type.values) if (sameNameIgnoringCase(v, text)) return undefined;
      return `'${value}' is not allowed: write one of ${type.values.join(', ')}`;
    }
    case 'boolean':
      return /^(true|false)$/i.test(text)
        ? undefined
        : `'${value}' is not a boolean: write true or false`;
    case 'integer':
    case 'menu-timeout': {
      const min = type.type === 'integer' ? (type.min ?? 0) : 1;
      if (/^\d+$/.test(text) && Number(text) >= min) return undefined;
      return `'${value}' is not a whole number of at least ${min}: write digits only, e.g. 5000`;
    }
    case 'pressed': {
      const pattern = parsePressed(value);
      return pattern.kind === 'invalid' ? `the pattern is wrong: ${pattern.problem}` : undefined;
    }
    default:
      return undefined;
  }
}
