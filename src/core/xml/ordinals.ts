/**
 * Records the validator's element ordinals while the parser builds the tree (see ast/element-index.ts):
 * the parser already visits every element in document order with its parent at hand, so this costs a
 * few array writes per element instead of a second walk over the whole tree. Parents and positions live
 * in the parse's `TreeStore`; this adds the child lists.
 */
import type { ElementIndex } from '../ast/element-index.ts';
import type { ElementNode } from '../ast/types.ts';
import { addElement, type TreeStore } from './store.ts';

export interface OrdinalRecorder {
  store: TreeStore;
  kids: (number[] | undefined)[];
  /** Child element ordinals of the open elements, innermost last (like `Scanner.pending`). */
  pendingKids: number[];
  /** How many top-level elements were seen. */
  topElements: number;
}

export function createRecorder(store: TreeStore): OrdinalRecorder {
  return { store, kids: [], pendingKids: [], topElements: 0 };
}

/** Gives `element` the next ordinal; `position` is its place among its parent's child elements. */
export function recordElement(
  r: OrdinalRecorder,
  element: ElementNode,
  start: number,
  parent: number,
  position: number,
): number {
  const ordinal = addElement(r.store, element, start, parent, position);
  r.kids.push(undefined);
  if (parent !== -1) r.pendingKids.push(ordinal);
  return ordinal;
}

/** The ordinal the next recorded element will get. */
export function nextOrdinal(r: OrdinalRecorder): number {
  return r.store.elements.length;
}

/** When element `ordinal` closes: its child elements are those recorded since `kidStart`. */
export function recordKids(r: OrdinalRecorder, ordinal: number, kidStart: number): void {
  if (r.pendingKids.length > kidStart) r.kids[ordinal] = r.pendingKids.splice(kidStart);
}

export function finishRecorder(r: OrdinalRecorder): ElementIndex {
  const store = r.store;
  const count = store.elements.length;
  return {
    elements: store.elements,
    parent: store.parent.subarray(0, count),
    index: store.position.subarray(0, count),
    kids: r.kids,
  };
}
