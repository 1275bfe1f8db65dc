/** Facts about the tree that graph derivation needs in O(1): parents, next siblings, names. */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';

/** Keyed by element object, not id: identity hashing is much cheaper than hashing long path strings. */
export interface TreeFacts {
  parentOf: Map<ElementNode, ElementNode>;
  nextSiblingOf: Map<ElementNode, ElementNode>;
  /** The first element with each name (goto targets). */
  byName: Map<string, ElementNode>;
}

export function collectTreeFacts(doc: DialplanDocument): TreeFacts {
  const facts: TreeFacts = { parentOf: new Map(), nextSiblingOf: new Map(), byName: new Map() };
  const visit = (element: ElementNode) => {
    const name = nameOf(element);
    if (name !== undefined && !facts.byName.has(name)) facts.byName.set(name, element);
    let previous: ElementNode | undefined;
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      facts.parentOf.set(child, element);
      if (previous) facts.nextSiblingOf.set(previous, child);
      previous = child;
      visit(child);
    }
  };
  if (doc.root) visit(doc.root);
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
