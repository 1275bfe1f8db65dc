/**
 * Which element of a new parse is which element of the old one, so that layout (and anything else keyed
 * by element id) follows an element across edits. Ids are paths, and paths shift when a sibling is added
 * before an element, so ids alone are not identity:
 * 1. an element whose `name` is unique in both trees (and keeps its kind) is the same element;
 * 2. otherwise, inside matched parents, the k-th still-unmatched child of a kind is the k-th one of the
 *    old parent (so a renamed element keeps its place, and unnamed siblings keep their order).
 */
import type { ChildNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { childElements, elementName, walkElements } from '../ast/query.ts';
import type { XY } from './types.ts';

/** New id → old id, for every element of `next` that has a counterpart in `prev`. */
export function mapElementIds(prev: DialplanDocument, next: DialplanDocument): Map<string, string> {
  const mapping = new Map<string, string>();
  const matchedOld = new Set<string>();
  const oldByName = uniqueNames(prev);
  const newByName = uniqueNames(next);
  for (const [name, element] of newByName) {
    const old = oldByName.get(name);
    if (old && old.kind === element.kind) {
      mapping.set(element.id, old.id);
      matchedOld.add(old.id);
    }
  }
  if (prev.root && next.root && !mapping.has(next.root.id)) {
    mapping.set(next.root.id, prev.root.id);
    matchedOld.add(prev.root.id);
  }
  const oldById = new Map<string, ElementNode>();
  walkElements(prev.children, (e) => void oldById.set(e.id, e));
  walkElements(next.children, (parent) => {
    const oldParentId = mapping.get(parent.id);
    const oldParent = oldParentId === undefined ? undefined : oldById.get(oldParentId);
    if (oldParent) matchChildren(parent, oldParent, mapping, matchedOld);
  });
  return mapping;
}

function matchChildren(
  parent: ElementNode,
  oldParent: ElementNode,
  mapping: Map<string, string>,
  matchedOld: Set<string>,
): void {
  const spare = new Map<string, ElementNode[]>();
  for (const old of childElements(oldParent)) {
    if (matchedOld.has(old.id)) continue;
    const list = spare.get(old.tagName.toLowerCase()) ?? [];
    list.push(old);
    spare.set(old.tagName.toLowerCase(), list);
  }
  for (const child of childElements(parent)) {
    if (mapping.has(child.id)) continue;
    const old = spare.get(child.tagName.toLowerCase())?.shift();
    if (!old) continue;
    mapping.set(child.id, old.id);
    matchedOld.add(old.id);
  }
}

function uniqueNames(doc: DialplanDocument): Map<string, ElementNode> {
  const byName = new Map<string, ElementNode>();
  const repeated = new Set<string>();
  walkElements(doc.children, (e) => {
    const name = elementName(e);
    if (name === undefined || name === '') return;
    if (byName.has(name)) repeated.add(name);
    else byName.set(name, e);
  });
  for (const name of repeated) byName.delete(name);
  return byName;
}

/** Re-key positions from old ids to new ids; elements with no counterpart get none. */
export function remapPositions(
  positions: Readonly<Record<string, XY>>,
  mapping: ReadonlyMap<string, string>,
): Record<string, XY> {
  const out: Record<string, XY> = {};
  for (const [newId, oldId] of mapping) {
    const position = positions[oldId];
    if (position) out[newId] = position;
  }
  return out;
}

/**
 * True when both trees have the same elements in the same places with the same tags and names (an edit of text or
 * attribute values only, the usual keystroke): ids then still name the same elements and nothing needs
 * re-keying. Allocation-free: it runs on every keystroke over every element.
 */
export function sameSkeleton(prev: DialplanDocument, next: DialplanDocument): boolean {
  const known = skeletonChecks.get(prev);
  if (known?.next === next) return known.same;
  const same = sameChildren(prev.children, next.children);
  skeletonChecks.set(prev, { next, same });
  return same;
}

/**
 * The last answer per earlier tree: after an edit both the store (positions) and the graph derivation
 * ask about the same pair of trees, and one walk of 11,000 elements is ~3 ms.
 */
const skeletonChecks = new WeakMap<DialplanDocument, { next: DialplanDocument; same: boolean }>();

function sameChildren(a: readonly ChildNode[], b: readonly ChildNode[]): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a[i]?.type !== 'element') i++;
    while (j < b.length && b[j]?.type !== 'element') j++;
    const x = a[i];
    const y = b[j];
    if (x === undefined || y === undefined) return x === y;
    if (x.type !== 'element' || y.type !== 'element') return false;
    // Same tags in the same places give the same ids (ids are paths); comparing the ids themselves
    // would flatten every concatenated id string.
    if (x.tagName !== y.tagName || rawName(x) !== rawName(y)) return false;
    if (!sameChildren(x.children, y.children)) return false;
    i++;
    j++;
  }
}

/** The `name` attribute's raw value, without lower-casing every attribute name (hot path). */
function rawName(element: ElementNode): string | undefined {
  for (const a of element.attributes)
    if (a.name.length === 4 && a.name.toLowerCase() === 'name') return a.raw;
  return undefined;
}
