/**
 * Which element of a new parse is which element of an earlier one. Ids are paths, and paths shift when a
 * sibling is added before an element, so ids alone are not identity. Shared by the layout (positions
 * follow elements across edits) and the semantic diff (what changed between two versions):
 * 1. an element whose `name` is unique in both trees (and keeps its kind) is the same element;
 * 2. inside matched parents, when a `keyOf` is given, children are aligned by key first (a longest common
 *    subsequence, so an inserted or changed sibling does not shift its neighbours' counterparts), and
 *    the children between two aligned pairs are paired within that gap, each with its most alike spare
 *    of its tag when a `similarity` is given;
 * 3. then the k-th still-unmatched child of a tag is the k-th one of the old parent (so a renamed element
 *    keeps its place, and unnamed siblings keep their order);
 * 4. with a `keyOf`, an element left over on both sides with the same key (moved to another parent) is
 *    paired last, and its descendants with it.
 */
import type { DialplanDocument, ElementNode } from './types.ts';
import { alignSequences } from '../diff/lcs.ts';
import { childElements, elementName, walkElements } from './query.ts';

export interface MatchOptions {
  /** A key equal for elements that are the same content (for the diff: a hash of the subtree). */
  keyOf?: (element: ElementNode) => string;
  /** How alike two elements of one tag are; left-over siblings pair with their most alike (diff only). */
  similarity?: (element: ElementNode, old: ElementNode) => number;
}

/** New element → old element, for every element of `next` that has a counterpart in `prev`. */
export type ElementMatch = Map<ElementNode, ElementNode>;

/** Above this many pairs in one gap, left-over siblings are paired by order alone. */
const MAX_GAP_PAIRS = 10_000;

/** Above this many sibling pairs the key alignment falls back to order alone (it is O(n·m)). */
const MAX_ALIGNED_PAIRS = 1_000_000;

export function matchElements(
  prev: DialplanDocument,
  next: DialplanDocument,
  options: MatchOptions = {},
): ElementMatch {
  const matcher = new Matcher(options);
  matcher.matchNames(prev, next);
  if (prev.root && next.root && !matcher.mapping.has(next.root)) matcher.pair(next.root, prev.root);
  walkElements(next.children, (parent) => {
    const oldParent = matcher.mapping.get(parent);
    if (oldParent) matcher.matchChildren(parent, oldParent);
  });
  if (options.keyOf) matcher.pairLeftovers(prev, next, options.keyOf);
  return matcher.mapping;
}

class Matcher {
  readonly mapping: ElementMatch = new Map();
  private readonly matchedOld = new Set<ElementNode>();

  constructor(private readonly options: MatchOptions) {}

  pair(element: ElementNode, old: ElementNode): void {
    this.mapping.set(element, old);
    this.matchedOld.add(old);
  }

  matchNames(prev: DialplanDocument, next: DialplanDocument): void {
    const oldByName = uniqueNames(prev);
    for (const [name, element] of uniqueNames(next)) {
      const old = oldByName.get(name);
      if (old && old.kind === element.kind) this.pair(element, old);
    }
  }

  matchChildren(parent: ElementNode, oldParent: ElementNode): void {
    const children = childElements(parent);
    const oldChildren = childElements(oldParent);
    if (this.options.keyOf) this.alignByKey(children, oldChildren, this.options.keyOf);
    this.pairInOrder(children, oldChildren);
  }

  /** Pairs an unmatched new element with an unmatched old one of the same key, then their subtrees. */
  pairLeftovers(
    prev: DialplanDocument,
    next: DialplanDocument,
    keyOf: (e: ElementNode) => string,
  ): void {
    const spare = new SpareElements();
    walkElements(prev.children, (old) => {
      if (this.matchedOld.has(old)) return;
      spare.add(keyOf(old), old);
      return false;
    });
    walkElements(next.children, (element) => {
      if (this.mapping.has(element)) return;
      const old = spare.take(keyOf(element));
      if (!old) return;
      this.pair(element, old);
      this.matchChildren(element, old);
      walkElements(element.children, (child) => {
        const counterpart = this.mapping.get(child);
        if (counterpart) this.matchChildren(child, counterpart);
      });
      return false;
    });
  }

  private pairInOrder(children: readonly ElementNode[], oldChildren: readonly ElementNode[]): void {
    const spare = new SpareElements();
    for (const old of oldChildren) {
      if (!this.matchedOld.has(old)) spare.add(old.tagName.toLowerCase(), old);
    }
    for (const child of children) {
      if (this.mapping.has(child)) continue;
      const old = spare.take(child.tagName.toLowerCase());
      if (old) this.pair(child, old);
    }
  }

  /**
   * Longest common subsequence of keys (on a tie the old side is skipped first, which keeps later
   * pairs); between two aligned pairs, the children left over are paired by tag and order, so a changed
   * element pairs with the one that was in its place.
   */
  private alignByKey(
    children: readonly ElementNode[],
    oldChildren: readonly ElementNode[],
    keyOf: (e: ElementNode) => string,
  ): void {
    if (oldChildren.length * children.length > MAX_ALIGNED_PAIRS) return;
    const oldIndex = new Map(oldChildren.map((old, i) => [old, i]));
    // Children already matched (by name) are anchors too: they keep a twin from pairing across them.
    const oldKeys = oldChildren.map((old, i) => (this.matchedOld.has(old) ? `=${i}` : keyOf(old)));
    const keys = children.map((child, j) => {
      const old = this.mapping.get(child);
      if (!old) return keyOf(child);
      return `${oldIndex.has(old) ? '=' : '≠'}${oldIndex.get(old) ?? j}`;
    });
    const steps = alignSequences(oldKeys, keys, 'removed');
    let gapI = 0;
    let gapJ = 0;
    for (const step of steps) {
      if (step.op !== 'same') continue;
      this.pairInGap(children.slice(gapJ, step.j), oldChildren.slice(gapI, step.i));
      const child = children[step.j];
      const old = oldChildren[step.i];
      if (child && old && !this.mapping.has(child)) this.pair(child, old);
      gapI = step.i + 1;
      gapJ = step.j + 1;
    }
    this.pairInGap(children.slice(gapJ), oldChildren.slice(gapI));
  }

  /** Left-over siblings between two aligned pairs: each with its most alike spare of its tag. */
  private pairInGap(children: readonly ElementNode[], oldChildren: readonly ElementNode[]): void {
    const similarity = this.options.similarity;
    if (!similarity || children.length * oldChildren.length > MAX_GAP_PAIRS) {
      this.pairInOrder(children, oldChildren);
      return;
    }
    const spare = oldChildren.filter((old) => !this.matchedOld.has(old));
    for (const child of children) {
      if (this.mapping.has(child)) continue;
      const tag = child.tagName.toLowerCase();
      let best = -1;
      let bestScore = -1;
      spare.forEach((old, k) => {
        if (old.tagName.toLowerCase() !== tag) return;
        const score = similarity(child, old);
        if (score > bestScore) [best, bestScore] = [k, score];
      });
      const old = spare[best];
      if (old === undefined) continue;
      this.pair(child, old);
      spare.splice(best, 1);
    }
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

/**
 * Unpaired old elements by key, first in first out. A read index instead of `shift()`: shifting a list of
 * 100,000 siblings one by one is quadratic.
 */
class SpareElements {
  private readonly lists = new Map<string, { items: ElementNode[]; next: number }>();

  add(key: string, element: ElementNode): void {
    const list = this.lists.get(key);
    if (list) list.items.push(element);
    else this.lists.set(key, { items: [element], next: 0 });
  }

  take(key: string): ElementNode | undefined {
    const list = this.lists.get(key);
    if (!list || list.next >= list.items.length) return undefined;
    return list.items[list.next++];
  }
}
