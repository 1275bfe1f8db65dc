/**
 * Renaming an element together with every goto and catch@goto that pointed at it. When another element
 * carries the same old name the references are ambiguous, so they are left alone (the validator already
 * reports the duplicate).
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { elementName } from '../ast/query.ts';
import { setAttributePatches } from './attributes.ts';
import type { TextPatch } from './patch.ts';
import { indexOf, requireElement } from './lookup.ts';
import { referencesTo, type Reference } from './names.ts';
import { setTextPatches } from './text-content.ts';

/** Patches pointing one reference at `name`. */
export function retargetPatches(source: string, ref: Reference, name: string): TextPatch[] {
  return ref.via === 'text'
    ? setTextPatches(source, ref.element, name)
    : setAttributePatches(ref.element, 'goto', name);
}

/** Renames within `elements` (a document or a snippet), updating the references among them. */
export function renamePatches(
  source: string,
  elements: readonly ElementNode[],
  element: ElementNode,
  newName: string,
): TextPatch[] {
  const patches = setAttributePatches(element, 'name', newName);
  const oldName = elementName(element);
  if (oldName === undefined || oldName === '' || oldName === newName) return patches;
  const sameName = elements.filter((e) => elementName(e) === oldName);
  if (sameName.length > 1) return patches;
  for (const ref of referencesTo(elements, oldName)) {
    patches.push(...retargetPatches(source, ref, newName));
  }
  return patches;
}

/** Renames the element with that id and every goto / catch target that pointed at it. */
export function renameElement(doc: DialplanDocument, id: string, newName: string): TextPatch[] {
  return renamePatches(doc.source, indexOf(doc).ordered, requireElement(doc, id), newName);
}
