/**
 * The element ordinals the validator needs (document-order list, parents, child lists), as the
 * parser records them while it builds the tree. Rebuilding them in a second walk over a freshly parsed
 * tree cost about a third of validation (the walk touches every node while its memory is cold), so the
 * parser hands them over, keyed by document. Trees are immutable once parsed, so they never go stale;
 * a document the parser did not make (built by hand) gets them from `buildElementIndex`.
 */
import type { ChildNode, DialplanDocument, ElementNode } from './types.ts';
import { attrValue } from './query.ts';

export interface ElementIndex {
  /** Every element in document order: an element's "ordinal" is its index here. */
  elements: ElementNode[];
  /** The parent's ordinal, or -1 for a top-level element. */
  parent: Int32Array;
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
  const count = parent.length;
  const kidStart = new Int32Array(count + 1);
  for (let o = 0; o < count; o++) {
    const p = parent[o] ?? -1;
    if (p !== -1) kidStart[p + 1] = (kidStart[p + 1] ?? 0) + 1;
  }
  for (let o = 1; o <= count; o++) kidStart[o] = (kidStart[o] ?? 0) + (kidStart[o - 1] ?? 0);
  const next = kidStart.slice(0, count);
  const kidList = new Int32Array(kidStart[count] ?? 0);
  for (let o = 0; o < count; o++) {
    const p = parent[o] ?? -1;
    if (p === -1) continue;
    const at = next[p] ?? 0;
    kidList[at] = o;
    next[p] = at + 1;
  }
  return { kidStart, kidList };
}

export interface ElementNames {
  /** The ordinal of the first element carrying each `name` attribute value. */
  byName: Map<string, number>;
  /** For names carried by more than one element: all their ordinals, in document order. */
  sameName: Map<string, number[]>;
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

/**
 * The `name` lookups, in one pass over the elements. Not recorded by the parser: filling a Map of
 * ~7,000 names there cost twice as much (it grew among the tree's young objects).
 */
export function collectNames(elements: readonly ElementNode[]): ElementNames {
  const out: ElementNames = { byName: new Map(), sameName: new Map() };
  for (let ordinal = 0; ordinal < elements.length; ordinal++) {
    const element = elements[ordinal] as ElementNode;
    noteElementName(out, element, ordinal);
  }
  return out;
}

/** Notes the first `name` attribute (matched case-insensitively, as the reference says) of `element`. */
function noteElementName(out: ElementNames, element: ElementNode, ordinal: number): void {
  const value = attrValue(element, 'name');
  if (value === undefined) return;
  const first = out.byName.get(value);
  if (first === undefined) out.byName.set(value, ordinal);
  else {
    const list = out.sameName.get(value);
    if (list) list.push(ordinal);
    else out.sameName.set(value, [first, ordinal]);
  }
}

/** The same index, from a walk over the tree. */
export function buildElementIndex(document: DialplanDocument): ElementIndex {
  const count = countElements(document.children);
  const walked = {
    elements: new Array<ElementNode>(count),
    parent: new Int32Array(count),
    index: new Int32Array(count),
  };
  collect(document.children, -1, walked, { next: 0 });
  return { ...walked, ...childListsOf(walked.parent) };
}

function collect(
  nodes: readonly ChildNode[],
  parent: number,
  out: Pick<ElementIndex, 'elements' | 'parent' | 'index'>,
  counter: { next: number },
): void {
  let position = 0;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const ordinal = counter.next++;
    out.elements[ordinal] = node;
    out.parent[ordinal] = parent;
    out.index[ordinal] = position++;
    collect(node.children, ordinal, out, counter);
  }
}

function countElements(nodes: readonly ChildNode[]): number {
  let count = 0;
  for (const node of nodes) if (node.type === 'element') count += 1 + countElements(node.children);
  return count;
}
