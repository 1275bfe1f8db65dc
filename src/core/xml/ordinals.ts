/**
 * Records the validator's element ordinals while the parser builds the tree (see ast/element-index.ts):
 * the parser already visits every element in document order with its parent at hand, so this costs a
 * few typed-array writes per element (in the parse's `TreeArena`) instead of a second walk over the tree.
 */
import { childListsOf, type ElementIndex } from '../ast/element-index.ts';
import type { ElementNode } from '../ast/types.ts';
import { addElement, type TreeArena } from './arena.ts';

export interface OrdinalRecorder {
  store: TreeArena;
  /** How many top-level elements were seen. */
  topElements: number;
}

export function createRecorder(store: TreeArena): OrdinalRecorder {
  return { store, topElements: 0 };
}

/** Gives `element` the next ordinal; `position` is its place among its parent's child elements. */
export function recordElement(
  r: OrdinalRecorder,
  element: ElementNode,
  tagId: number,
  start: number,
  parent: number,
  position: number,
): number {
  return addElement(r.store, element, tagId, start, parent, position);
}

/** The ordinal the next recorded element will get. */
export function nextOrdinal(r: OrdinalRecorder): number {
  return r.store.elementCount;
}

export function finishRecorder(r: OrdinalRecorder): ElementIndex {
  const store = r.store;
  const count = store.elementCount;
  const parent = store.parent.subarray(0, count);
  return {
    elements: store.elements,
    parent,
    kinds: store.kind.subarray(0, count),
    index: store.position.subarray(0, count),
    ...childListsOf(parent),
  };
}
