/**
 * Tag names to kinds. Apart from the schema table (tags.ts) because the parser needs only this: the
 * table's docs would otherwise ride in the studio's start-up bundle.
 */
import { TAG_KINDS, type ElementKind, type TagKind } from '../ast/types.ts';

const BY_LOWER = new Map<string, TagKind>(TAG_KINDS.map((k) => [k.toLowerCase(), k]));
const BY_EXACT = new Map<string, TagKind>(TAG_KINDS.map((k) => [k, k]));

/** The kind of a tag name, matched case-insensitively (`notequal` → `notEqual`). */
export function kindOfTag(tagName: string): ElementKind {
  // Most tags are written in their canonical case: find those without lower-casing (no allocation).
  return (
    BY_LOWER.get(tagName) ??
    BY_EXACT.get(tagName) ??
    BY_LOWER.get(tagName.toLowerCase()) ??
    'unknown'
  );
}
