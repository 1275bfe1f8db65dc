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
  /** The ordinals of each element's child elements, undefined when it has none. */
  kids: (number[] | undefined)[];
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
  const out: ElementIndex = {
    elements: new Array<ElementNode>(count),
    parent: new Int32Array(count),
    index: new Int32Array(count),
    kids: new Array<number[] | undefined>(count).fill(undefined),
  };
  collect(document.children, -1, out, { next: 0 });
  return out;
}

function collect(
  nodes: readonly ChildNode[],
  parent: number,
  out: ElementIndex,
  counter: { next: number },
): void {
  const kids: number[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const ordinal = counter.next++;
    out.elements[ordinal] = node;
    out.parent[ordinal] = parent;
    out.index[ordinal] = kids.length;
    kids.push(ordinal);
    collect(node.children, ordinal, out, counter);
  }
  if (parent !== -1 && kids.length > 0) out.kids[parent] = kids;
}

function countElements(nodes: readonly ChildNode[]): number {
  let count = 0;
  for (const node of nodes) if (node.type === 'element') count += 1 + countElements(node.children);
  return count;
}
