/**
 * Renaming an element together with every goto and catch@goto that pointed at it. When another element
 * carries the same old name the references are ambiguous, so they are left alone (the validator already
 * reports the duplicate).
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, childElements, elementName } from '../ast/query.ts';
import { setAttributePatches } from './attributes.ts';
import type { TextPatch } from './patch.ts';
import { indexOf, requireElement } from './lookup.ts';
import { referencesTo, type Reference } from './element-names.ts';
import { derivedVarname } from './question-model.ts';
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
    for (const patch of retargetPatches(source, ref, newName)) patches.push(patch);
  }
  return patches;
}

/**
 * Renames the element with that id and every goto / catch target that pointed at it. A question (a menu
 * whose answers are stashed) also renames the variable its answers are stored under when that is the
 * default derived from its name: a renamed question keeps storing under its own name.
 */
export function renameElement(doc: DialplanDocument, id: string, newName: string): TextPatch[] {
  const element = requireElement(doc, id);
  const patches = renamePatches(doc.source, indexOf(doc).ordered, element, newName);
  return [...patches, ...stashRenamePatches(element, newName)];
}

function stashRenamePatches(element: ElementNode, newName: string): TextPatch[] {
  const oldName = elementName(element);
  if (element.kind !== 'menu' || oldName === undefined || oldName === newName) return [];
  const derived = derivedVarname(oldName);
  return childElements(element)
    .filter((k) => k.kind === 'keypress')
    .flatMap(childElements)
    .filter((c) => c.kind === 'stash' && attrValue(c, 'varname')?.trim() === derived)
    .flatMap((stash) => setAttributePatches(stash, 'varname', derivedVarname(newName)));
}
