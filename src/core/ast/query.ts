/** Small, allocation-light helpers to read the tree. Names and keywords are matched case-insensitively. */
import type { AttributeNode, ChildNode, DialplanDocument, ElementNode } from './types.ts';
import { ParsedElement } from '../xml/nodes.ts';
import { hashChars, sameNameIgnoringCase } from './names.ts';

export { sameNameIgnoringCase } from './names.ts';

/**
 * Attributes are read by position so that the parser's elements can answer from their typed arrays
 * without making attribute objects (see xml/arena.ts); a tree built by hand answers from `attributes`.
 */

/** The position of the attribute called `name` (exact spelling first, then any case), or -1. */
export function attrIndex(element: ElementNode, name: string): number {
  if (element instanceof ParsedElement) return element.attributeIndex(name);
  const list = element.attributes;
  for (let k = 0; k < list.length; k++) if (list[k]?.name === name) return k;
  for (let k = 0; k < list.length; k++)
    if (sameNameIgnoringCase(list[k]?.name ?? '', name)) return k;
  return -1;
}

export function attributeCount(element: ElementNode): number {
  return element instanceof ParsedElement ? element.attributeCount() : element.attributes.length;
}

/** The name, as written, of the attribute at position `k`. */
export function attributeNameAt(element: ElementNode, k: number): string {
  return element instanceof ParsedElement
    ? element.attributeNameAt(k)
    : (element.attributes[k]?.name ?? '');
}

/** The decoded value of the attribute at position `k`. */
export function attributeValueAt(element: ElementNode, k: number): string {
  return element instanceof ParsedElement
    ? element.attributeValueAt(k)
    : (element.attributes[k]?.value ?? '');
}

/** `hashChars` of the decoded value at position `k` (made without the value for parsed elements). */
export function attributeValueHash(element: ElementNode, k: number): number {
  if (element instanceof ParsedElement) return element.attributeValueHash(k);
  const value = element.attributes[k]?.value ?? '';
  return hashChars(value, 0, value.length);
}

/** Whether the decoded value at position `k` is `expected`. */
export function attributeValueIs(element: ElementNode, k: number, expected: string): boolean {
  return element instanceof ParsedElement
    ? element.attributeValueIs(k, expected)
    : element.attributes[k]?.value === expected;
}

/** False when the value at position `k` surely reads no `${variable}`. */
export function attributeMayReadVariable(element: ElementNode, k: number): boolean {
  return element instanceof ParsedElement
    ? element.attributeMayReadVariable(k)
    : (element.attributes[k]?.value ?? '').includes('${');
}

/** The attribute of an element, found by name case-insensitively. */
export function attr(element: ElementNode, name: string): AttributeNode | undefined {
  const k = attrIndex(element, name);
  return k === -1 ? undefined : element.attributes[k];
}

/** The decoded value of an attribute, or undefined when it is absent. */
export function attrValue(element: ElementNode, name: string): string | undefined {
  const k = attrIndex(element, name);
  return k === -1 ? undefined : attributeValueAt(element, k);
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
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as ChildNode;
    if (c.type === 'text' || c.type === 'cdata') out += c.value;
  }
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

/** Elements by id, by name and each element's parent, for O(1) lookups by the edit operations (not the parser's ordinals: ast/element-index.ts). */
export interface ElementLookup {
  byId: Map<string, ElementNode>;
  parentOf: Map<string, ElementNode | undefined>;
  /** The first element with each `name` (names should be unique; duplicates are a warning). */
  byName: Map<string, ElementNode>;
  /** Every element in document order. */
  ordered: ElementNode[];
}

export function indexElements(doc: DialplanDocument): ElementLookup {
  const index: ElementLookup = {
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
