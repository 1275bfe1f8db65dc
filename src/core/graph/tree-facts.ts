/** Facts about the tree that graph derivation needs in O(1): parents, next siblings, names. */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { runToEnd } from '../steps.ts';

/** Keyed by element object, not id: identity hashing is much cheaper than hashing long path strings. */
export interface TreeFacts {
  parentOf: Map<ElementNode, ElementNode>;
  nextSiblingOf: Map<ElementNode, ElementNode>;
  /** The first element with each name (goto targets). */
  byName: Map<string, ElementNode>;
}

export function collectTreeFacts(doc: DialplanDocument): TreeFacts {
  return runToEnd(collectTreeFactsSteps(doc));
}

/**
 * `collectTreeFacts` pausing after every `elementsPerStep` elements: a big document's walk (reading every
 * element's attributes for its name) is spread over several tasks. Pre-order, like a recursive walk, so
 * `byName` keeps the first element of each name in document order.
 */
export function* collectTreeFactsSteps(
  doc: DialplanDocument,
  elementsPerStep = Infinity,
): Generator<void, TreeFacts, void> {
  const facts: TreeFacts = { parentOf: new Map(), nextSiblingOf: new Map(), byName: new Map() };
  // an explicit stack: a document nested thousands deep must not overflow the call stack
  const stack: ElementNode[] = doc.root ? [doc.root] : [];
  const children: ElementNode[] = [];
  for (let visited = 1; stack.length > 0; visited++) {
    const element = stack.pop()!;
    const name = nameOf(element);
    if (name !== undefined && !facts.byName.has(name)) facts.byName.set(name, element);
    children.length = 0;
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      facts.parentOf.set(child, element);
      const previous = children[children.length - 1];
      if (previous) facts.nextSiblingOf.set(previous, child);
      children.push(child);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (visited % elementsPerStep === 0) yield;
  }
  return facts;
}

/** Containers whose siblings are alternatives, not a sequence: when one finishes, its parent is done. */
const ALTERNATIVES = new Set(['keypress', 'live', 'machine', 'else']);

/**
 * Where execution goes when `element` has finished: its next sibling, or its container's next, climbing
 * outwards (simulator-semantics §1.2). `undefined` is the end of the call.
 */
export function continuationOf(facts: TreeFacts, element: ElementNode): ElementNode | undefined {
  let current = element;
  for (;;) {
    const parent = facts.parentOf.get(current);
    if (!parent) return undefined;
    const next = ALTERNATIVES.has(current.kind) ? undefined : facts.nextSiblingOf.get(current);
    if (next && !ALTERNATIVES.has(next.kind)) return next;
    current = parent;
  }
}

/** The trimmed `name` attribute, checking only 4-letter attribute names case-insensitively (hot path). */
export function nameOf(element: ElementNode): string | undefined {
  for (const a of element.attributes)
    if (a.name.length === 4 && a.name.toLowerCase() === 'name') return a.value.trim();
  return undefined;
}
