/**
 * Which matched elements moved: to another parent, or out of order among siblings that stayed. Among
 * siblings the longest run that kept its order stays; the others moved (so moving one element down past
 * three reports that element, not the three).
 */
import type { ElementNode } from '../ast/types.ts';
import { childElements } from '../ast/query.ts';

export function movedElements(
  match: ReadonlyMap<ElementNode, ElementNode>,
  newParentOf: ReadonlyMap<ElementNode, ElementNode | undefined>,
  oldParentOf: ReadonlyMap<ElementNode, ElementNode | undefined>,
): Set<ElementNode> {
  const moved = new Set<ElementNode>();
  const stayed = new Map<ElementNode, Set<ElementNode>>();
  for (const [element, old] of match) {
    const parent = newParentOf.get(element);
    const oldParent = oldParentOf.get(old);
    const parentCounterpart = parent === undefined ? undefined : match.get(parent);
    if (parentCounterpart !== oldParent) moved.add(element);
    else if (parent) stayed.set(parent, (stayed.get(parent) ?? new Set()).add(element));
  }
  for (const [parent, children] of stayed) {
    const oldParent = match.get(parent);
    if (!oldParent) continue;
    const oldIndex = new Map(childElements(oldParent).map((c, i) => [c, i]));
    const ordered = childElements(parent).filter((c) => children.has(c));
    const kept = longestIncreasing(ordered.map((c) => indexOfCounterpart(c, match, oldIndex)));
    ordered.forEach((c, i) => {
      if (!kept.has(i)) moved.add(c);
    });
  }
  return moved;
}

function indexOfCounterpart(
  element: ElementNode,
  match: ReadonlyMap<ElementNode, ElementNode>,
  oldIndex: ReadonlyMap<ElementNode, number>,
): number {
  const old = match.get(element);
  return old === undefined ? 0 : (oldIndex.get(old) ?? 0);
}

/** Indices (into `values`) of one longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return kept;
}
