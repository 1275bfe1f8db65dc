/** Finding elements of a document by id, with the index built once per parsed document. */
import type { ChildNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { indexElements, type ElementLookup } from '../ast/query.ts';
import { segmentName } from '../ast/ids.ts';
import { EditError } from './types.ts';

const cache = new WeakMap<DialplanDocument, ElementLookup>();

/** The element index of a document (documents are immutable, so it is computed once). */
export function indexOf(doc: DialplanDocument): ElementLookup {
  let index = cache.get(doc);
  if (!index) {
    index = indexElements(doc);
    cache.set(doc, index);
  }
  return index;
}

/**
 * Follows an id (`/dialplan/menu[2]/keypress`) down the tree: a few sibling scans instead of indexing
 * the whole document, so a one-element edit on a big dialplan stays cheap.
 */
export function findElement(doc: DialplanDocument, id: string): ElementNode | undefined {
  const indexed = cache.get(doc);
  if (indexed) return indexed.byId.get(id);
  let nodes: readonly ChildNode[] = doc.children;
  let found: ElementNode | undefined;
  for (const segment of id.split('/').slice(1)) {
    found = childBySegment(nodes, segment);
    if (!found) return undefined;
    nodes = found.children;
  }
  return found?.id === id ? found : undefined;
}

function childBySegment(nodes: readonly ChildNode[], segment: string): ElementNode | undefined {
  const match = /^(.*?)(?:\[(\d+)\])?$/.exec(segment);
  const name = match?.[1] ?? segment;
  let remaining = Number(match?.[2] ?? '1');
  for (const node of nodes) {
    if (node.type === 'element' && segmentName(node) === name && --remaining === 0) return node;
  }
  return undefined;
}

export function requireElement(doc: DialplanDocument, id: string): ElementNode {
  const element = findElement(doc, id);
  if (!element) throw new EditError(`No element ${id}`);
  return element;
}

export function parentElement(doc: DialplanDocument, id: string): ElementNode | undefined {
  const cut = id.lastIndexOf('/');
  return cut <= 0 ? undefined : findElement(doc, id.slice(0, cut));
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
