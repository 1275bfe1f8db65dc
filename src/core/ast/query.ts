/** Small, allocation-light helpers to read the tree. Names and keywords are matched case-insensitively. */
import type { AttributeNode, ChildNode, DialplanDocument, ElementNode } from './types.ts';

/** The attribute of an element, found by name case-insensitively. */
export function attr(element: ElementNode, name: string): AttributeNode | undefined {
  for (const a of element.attributes) if (a.name === name) return a;
  for (const a of element.attributes) if (sameNameIgnoringCase(a.name, name)) return a;
  return undefined;
}

/**
 * ASCII case-insensitive equality without allocating: `attr()` runs for every attribute of every
 * element during validation, and lower-casing both sides made most of its garbage.
 */
export function sameNameIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const lx = x >= 65 && x <= 90 ? x + 32 : x;
    const ly = y >= 65 && y <= 90 ? y + 32 : y;
    if (lx !== ly || x > 127 || y > 127) return false;
  }
  return true;
}

/** The decoded value of an attribute, or undefined when it is absent. */
export function attrValue(element: ElementNode, name: string): string | undefined {
  return attr(element, name)?.value;
}

/** The element's `name` attribute: its label and the target of gotos. */
export function elementName(element: ElementNode): string | undefined {
  return attrValue(element, 'name');
}

/** The direct child elements (text, comments and CDATA left out). */
export function childElements(element: ElementNode): ElementNode[] {
  return element.children.filter((c): c is ElementNode => c.type === 'element');
}

/** The decoded text and CDATA content of an element, untrimmed, without nested elements' text. */
export function textContent(element: ElementNode): string {
  let out = '';
  for (const c of element.children) if (c.type === 'text' || c.type === 'cdata') out += c.value;
  return out;
}

/** Whitespace collapsed to single spaces and trimmed: how TTS text is spoken and shown. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Visits every element depth-first in document order; return `false` to skip an element's children. */
export function walkElements(
  nodes: readonly ChildNode[],
  visit: (element: ElementNode, parent: ElementNode | undefined) => void | false,
  parent?: ElementNode,
): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (visit(node, parent) === false) continue;
    walkElements(node.children, visit, node);
  }
}

/** Every element in document order. */
export function allElements(doc: DialplanDocument): ElementNode[] {
  const out: ElementNode[] = [];
  walkElements(doc.children, (e) => {
    out.push(e);
  });
  return out;
}

/** Elements by id, and each element's parent, for O(1) lookups. */
export interface ElementIndex {
  byId: Map<string, ElementNode>;
  parentOf: Map<string, ElementNode | undefined>;
  /** The first element with each `name` (names should be unique; duplicates are a warning). */
  byName: Map<string, ElementNode>;
  /** Every element in document order. */
  ordered: ElementNode[];
}

export function indexElements(doc: DialplanDocument): ElementIndex {
  const index: ElementIndex = {
    byId: new Map(),
    parentOf: new Map(),
    byName: new Map(),
    ordered: [],
  };
  walkElements(doc.children, (e, parent) => {
    index.byId.set(e.id, e);
    index.parentOf.set(e.id, parent);
    index.ordered.push(e);
    const name = elementName(e);
    if (name !== undefined && !index.byName.has(name)) index.byName.set(name, e);
  });
  return index;
}

/** The innermost element whose range holds the offset (for "what is under the cursor"). */
export function elementAtOffset(doc: DialplanDocument, offset: number): ElementNode | undefined {
  let found: ElementNode | undefined;
  let nodes: readonly ChildNode[] = doc.children;
  for (;;) {
    const hit = nodes.find(
      (n): n is ElementNode =>
        n.type === 'element' && n.range.start.offset <= offset && offset <= n.range.end.offset,
    );
    if (!hit) return found;
    found = hit;
    nodes = hit.children;
  }
}
