/**
 * Attribute schemas by tag kind and lower-case name, built once: the schema's own lookup lower-cases
 * every candidate, too slow for validating ~30,000 attributes in a few milliseconds.
 */
import type { ElementKind, TagKind } from '../ast/types.ts';
import { TAGS, type AttributeSchema } from '../schema/tags.ts';

const BY_KIND = new Map<TagKind, Map<string, AttributeSchema>>();
const REQUIRED = new Map<TagKind, readonly AttributeSchema[]>();
for (const tag of Object.values(TAGS)) {
  const names = new Map<string, AttributeSchema>();
  // Written names first (`maxDigits` is found without lower-casing), then the lower-case forms.
  for (const a of tag.attributes) names.set(a.name, a).set(a.name.toLowerCase(), a);
  BY_KIND.set(tag.kind, names);
  REQUIRED.set(
    tag.kind,
    tag.attributes.filter((a) => a.required),
  );
}

/** The attributes a tag must have. */
export function requiredAttributes(kind: ElementKind): readonly AttributeSchema[] {
  return kind === 'unknown' ? [] : (REQUIRED.get(kind) ?? []);
}

/** The schema of an attribute of a tag, matched case-insensitively; undefined for unknown ones. */
export function schemaOfAttribute(kind: ElementKind, name: string): AttributeSchema | undefined {
  if (kind === 'unknown') return undefined;
  const names = BY_KIND.get(kind);
  return names?.get(name) ?? names?.get(name.toLowerCase());
}
