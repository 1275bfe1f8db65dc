/**
 * The element ordinals the validator needs (document-order list, parents, child lists), as the
 * parser records them while it builds the tree. Rebuilding them in a second walk over a freshly parsed
 * tree cost about a third of validation (the walk touches every node while its memory is cold), so the
 * parser hands them over, keyed by document. Trees are immutable once parsed, so they never go stale;
 * a document the parser did not make (built by hand) gets them from `buildElementIndex`.
 */
import type { ChildNode, DialplanDocument, ElementNode } from './types.ts';
import { kindCode } from './kind-codes.ts';

export interface ElementIndex {
  /** Every element in document order: an element's "ordinal" is its index here. */
  elements: ElementNode[];
  /** The parent's ordinal, or -1 for a top-level element. */
  parent: Int32Array;
  /** Each element's kind as its code (kind-codes.ts). */
  kinds: Uint8Array;
  /** The position among the parent's child elements. */
  index: Int32Array;
  /**
   * The child elements of element `o`, in order: `kidList[kidStart[o]]` up to (not including)
   * `kidList[kidStart[o + 1]]`. Typed arrays rather than a list per element: nothing for the garbage
   * collector to copy.
   */
  kidStart: Int32Array;
  kidList: Int32Array;
}

/** The child lists, from the parents: children are in document order because ordinals are. */
export function childListsOf(parent: Int32Array): { kidStart: Int32Array; kidList: Int32Array } {
  const { start, list } = groupByParent(parent, parent.length);
  return { kidStart: start, kidList: list };
}

/**
 * Items `0 … parentOf.length - 1` grouped by their parent (`parentOf[i]`, an ordinal below `parents`,
 * or -1 for none: left out), each group in item order: `list[start[p]]` up to `list[start[p + 1]]`.
 * Typed arrays rather than a list per parent: nothing for the garbage collector to copy.
 */
export function groupByParent(
  parentOf: Int32Array,
  parents: number,
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(parents + 1);
  for (let i = 0; i < parentOf.length; i++) {
    const p = parentOf[i] ?? -1;
    if (p !== -1) start[p + 1] = (start[p + 1] ?? 0) + 1;
  }
  for (let p = 1; p <= parents; p++) start[p] = (start[p] ?? 0) + (start[p - 1] ?? 0);
  const next = start.slice(0, parents);
  const list = new Int32Array(start[parents] ?? 0);
  for (let i = 0; i < parentOf.length; i++) {
    const p = parentOf[i] ?? -1;
    if (p === -1) continue;
    const at = next[p] ?? 0;
    list[at] = i;
    next[p] = at + 1;
  }
  return { start, list };
}

/**
 * A hidden (symbol-keyed, non-enumerable) field of the document: invisible to JSON, spreads and deep
 * equality. A WeakMap keyed by document made every young-generation collection trace its entries, which
 * cost more than the index saved.
 */
const ELEMENT_INDEX = Symbol('elementIndex');

interface Indexed {
  [ELEMENT_INDEX]?: ElementIndex;
}

/** Called by the parser once the document is complete. */
export function recordElementIndex(document: DialplanDocument, index: ElementIndex): void {
  Object.defineProperty(document, ELEMENT_INDEX, { value: index });
}

/** The parser's index of `document`, or one built now for documents made another way. */
export function elementIndexOf(document: DialplanDocument): ElementIndex {
  return (document as Indexed)[ELEMENT_INDEX] ?? buildElementIndex(document);
}

/** The same index, from a walk over the tree. */
export function buildElementIndex(document: DialplanDocument): ElementIndex {
  const count = countElements(document.children);
  const walked = {
    elements: new Array<ElementNode>(count),
    parent: new Int32Array(count),
    kinds: new Uint8Array(count),
    index: new Int32Array(count),
  };
  collect(document.children, -1, walked, { next: 0 });
  return { ...walked, ...childListsOf(walked.parent) };
}

function collect(
  nodes: readonly ChildNode[],
  parent: number,
  out: Pick<ElementIndex, 'elements' | 'parent' | 'kinds' | 'index'>,
  counter: { next: number },
): void {
  let position = 0;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const ordinal = counter.next++;
    out.elements[ordinal] = node;
    out.parent[ordinal] = parent;
    out.kinds[ordinal] = kindCode(node.kind);
    out.index[ordinal] = position++;
    collect(node.children, ordinal, out, counter);
  }
}

function countElements(nodes: readonly ChildNode[]): number {
  let count = 0;
  for (const node of nodes) if (node.type === 'element') count += 1 + countElements(node.children);
  return count;
}
