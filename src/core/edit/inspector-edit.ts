/**
 * The Inspector's fields as pure functions: what a field shows for an element, and the patches that
 * committing a value writes. A value equal to what the field shows writes nothing (so a field committed
 * unchanged is byte-identical, whatever the attribute's quoting or the text's layout); a changed value
 * writes that attribute or that text only (a rename also points the gotos that named the element at
 * the new name, as renaming does everywhere).
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, textContent } from '../ast/query.ts';
import { TAGS } from '../schema/tags.ts';
import { removeAttributePatches, setAttributePatches } from './attributes.ts';
import { requireElement } from './lookup.ts';
import type { TextPatch } from './patch.ts';
import { renameElement } from './rename.ts';
import { editableText, setTextPatches } from './text-content.ts';

/** An attribute field (by name) or the element's text field. */
export type InspectorField = { attribute: string } | { text: true };

/** Whether the Inspector shows a text field for the element (text content, or unknown without children). */
export function holdsText(element: ElementNode): boolean {
  if (element.kind === 'unknown') return !element.children.some((c) => c.type === 'element');
  return TAGS[element.kind].content === 'text';
}

/** The text as the text field shows it: a prompt line by line, any other value trimmed. */
export function shownText(element: ElementNode): string {
  const raw = textContent(element);
  const speech = element.kind !== 'unknown' && TAGS[element.kind].textRole === 'speech';
  return speech ? editableText(raw) : raw.trim();
}

/** What the field shows: the attribute's value (`undefined` when absent) or the text. */
export function shownValue(element: ElementNode, field: InspectorField): string | undefined {
  return 'text' in field ? shownText(element) : attrValue(element, field.attribute);
}

/**
 * The patches committing `value` to the field writes (`undefined` removes the attribute); none when the
 * value is what the field shows.
 */
export function inspectorEdit(
  doc: DialplanDocument,
  id: string,
  field: InspectorField,
  value: string | undefined,
): TextPatch[] {
  const element = requireElement(doc, id);
  if (value === shownValue(element, field)) return [];
  if ('text' in field) return setTextPatches(doc.source, element, value ?? '');
  const name = field.attribute;
  if (value === undefined) return removeAttributePatches(doc.source, element, name);
  if (name === 'name') return renameElement(doc, id, value.trim());
  return setAttributePatches(element, name, value);
}
