/** Finding elements of a document by id, with the index built once per parsed document. */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { indexElements, type ElementIndex } from '../ast/query.ts';
import { EditError } from './types.ts';

const cache = new WeakMap<DialplanDocument, ElementIndex>();

/** The element index of a document (documents are immutable, so it is computed once). */
export function indexOf(doc: DialplanDocument): ElementIndex {
  let index = cache.get(doc);
  if (!index) {
    index = indexElements(doc);
    cache.set(doc, index);
  }
  return index;
}

export function requireElement(doc: DialplanDocument, id: string): ElementNode {
  const element = indexOf(doc).byId.get(id);
  if (!element) throw new EditError(`No element ${id}`);
  return element;
}

export function parentElement(doc: DialplanDocument, id: string): ElementNode | undefined {
  return indexOf(doc).parentOf.get(id);
}

/** Whether `id` is `ancestorId` or lies inside it. */
export function isWithin(id: string, ancestorId: string): boolean {
  return id === ancestorId || id.startsWith(`${ancestorId}/`);
}

/** The element siblings after `element` in its parent (or at the top level). */
export function nextSiblingElement(
  doc: DialplanDocument,
  element: ElementNode,
): ElementNode | undefined {
  const siblings = parentElement(doc, element.id)?.children ?? doc.children;
  const at = siblings.indexOf(element);
  for (let i = at + 1; i < siblings.length; i++) {
    const node = siblings[i];
    if (node?.type === 'element') return node;
  }
  return undefined;
}
