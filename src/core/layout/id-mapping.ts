/**
 * Which element of a new parse is which element of the old one, so that layout (and anything else keyed
 * by element id) follows an element across edits: by `name` first, then by tag and order inside matched
 * parents (see `../ast/match-elements.ts`, shared with the semantic diff).
 */
import type { ChildNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { matchElements } from '../ast/match-elements.ts';
import type { XY } from './types.ts';

/** New id → old id, for every element of `next` that has a counterpart in `prev`. */
export function mapElementIds(prev: DialplanDocument, next: DialplanDocument): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const [element, old] of matchElements(prev, next)) mapping.set(element.id, old.id);
  return mapping;
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
