/**
 * Records the validator's element ordinals while the parser builds the tree (see ast/element-index.ts):
 * the parser already visits every element in document order with its parent at hand, so this costs a
 * few array writes per element instead of a second walk over the whole tree.
 */
import type { ElementIndex } from '../ast/element-index.ts';
import type { ElementNode } from '../ast/types.ts';

export interface OrdinalRecorder {
  index: ElementIndex;
  /** Child element ordinals of the open elements, innermost last (like `Scanner.pending`). */
  pendingKids: number[];
  /** How many top-level elements were seen. */
  topElements: number;
}

export function createRecorder(textLength: number): OrdinalRecorder {
  // A dialplan has about one element per 50 characters; the typed arrays grow by doubling past that.
  const capacity = Math.min(textLength >> 5, 1 << 16) + 16;
  return {
    index: {
      elements: [],
      parent: new Int32Array(capacity),
      index: new Int32Array(capacity),
      kids: [],
    },
    pendingKids: [],
    topElements: 0,
  };
}

/** Gives `element` the next ordinal; `position` is its place among its parent's child elements. */
export function recordElement(
  r: OrdinalRecorder,
  element: ElementNode,
  parent: number,
  position: number,
): number {
  const index = r.index;
  const ordinal = index.elements.length;
  if (ordinal === index.parent.length) grow(index);
  index.elements.push(element);
  index.kids.push(undefined);
  index.parent[ordinal] = parent;
  index.index[ordinal] = position;
  if (parent !== -1) r.pendingKids.push(ordinal);
  return ordinal;
}

/** When element `ordinal` closes: its child elements are those recorded since `kidStart`. */
export function recordKids(r: OrdinalRecorder, ordinal: number, kidStart: number): void {
  if (r.pendingKids.length > kidStart) r.index.kids[ordinal] = r.pendingKids.splice(kidStart);
}

export function finishRecorder(r: OrdinalRecorder): ElementIndex {
  const index = r.index;
  const count = index.elements.length;
  index.parent = index.parent.subarray(0, count);
  index.index = index.index.subarray(0, count);
  return index;
}

function grow(index: ElementIndex): void {
  const parent = new Int32Array(index.parent.length * 2);
  parent.set(index.parent);
  index.parent = parent;
  const position = new Int32Array(index.index.length * 2);
  position.set(index.index);
  index.index = position;
}
