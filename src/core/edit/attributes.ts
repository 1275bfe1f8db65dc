/** Setting, adding and removing attributes: only the characters of that attribute change. */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attr } from '../ast/query.ts';
import { escapeAttribute } from '../xml/entities.ts';
import type { TextPatch } from './patch.ts';
import { requireElement } from './lookup.ts';

/** Where a new attribute goes: after the last one, or after the tag name. */
function attributeInsertOffset(element: ElementNode): number {
  const last = element.attributes.at(-1);
  return last
    ? last.range.end.offset
    : element.openTagRange.start.offset + 1 + element.tagName.length;
}

/** Patches that give `element` the attribute `name` = `value` (escaped), keeping its quote style. */
export function setAttributePatches(
  element: ElementNode,
  name: string,
  value: string,
): TextPatch[] {
  const existing = attr(element, name);
  if (existing) {
    const insert = escapeAttribute(value, existing.quote);
    if (insert === existing.raw) return [];
    const { start, end } = existing.valueRange;
    return [{ from: start.offset, to: end.offset, insert }];
  }
  const quote = element.attributes[0]?.quote ?? '"';
  const at = attributeInsertOffset(element);
  return [
    { from: at, to: at, insert: ` ${name}=${quote}${escapeAttribute(value, quote)}${quote}` },
  ];
}

/** Patches that remove the attribute and the blanks before it; none when it is absent. */
export function removeAttributePatches(
  source: string,
  element: ElementNode,
  name: string,
): TextPatch[] {
  const existing = attr(element, name);
  if (!existing) return [];
  let from = existing.range.start.offset;
  while (from > 0 && /\s/.test(source.charAt(from - 1))) from--;
  return [{ from, to: existing.range.end.offset, insert: '' }];
}

/** Sets (or adds) an attribute of the element with that id. */
export function setAttribute(
  doc: DialplanDocument,
  id: string,
  name: string,
  value: string,
): TextPatch[] {
  return setAttributePatches(requireElement(doc, id), name, value);
}

/** Removes an attribute of the element with that id. */
export function removeAttribute(doc: DialplanDocument, id: string, name: string): TextPatch[] {
  return removeAttributePatches(doc.source, requireElement(doc, id), name);
}
