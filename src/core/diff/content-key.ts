/**
 * A key equal for elements whose content is the same after formatting: tag (any case), attributes in
 * any order, own text with whitespace collapsed, and the same for every child element. Comments are not
 * content. Used to pair siblings and moved elements in the semantic diff; hashed so that a key is short
 * whatever the subtree's size.
 */
import type { AttributeNode, ElementNode } from '../ast/types.ts';
import { childElements, collapseWhitespace, textContent } from '../ast/query.ts';

/** A memoising key function for one diff (keys of children are reused by their parents). */
export function contentKeys(): (element: ElementNode) => string {
  const keys = new Map<ElementNode, string>();
  const keyOf = (element: ElementNode): string => {
    const known = keys.get(element);
    if (known !== undefined) return known;
    const attributes = element.attributes.map(attributeEntry).sort().join('\u0001');
    const children = childElements(element).map(keyOf).join(',');
    const key = hash(
      `${element.tagName.toLowerCase()}\u0002${attributes}\u0002${collapseWhitespace(textContent(element))}\u0002${children}`,
    );
    keys.set(element, key);
    return key;
  };
  return keyOf;
}

/**
 * How alike two elements are: attributes with equal values, equal text, child elements with equal
 * content. Pairs a changed element with the one it was when several of its tag are left over.
 */
export function similarityOf(keyOf: (element: ElementNode) => string) {
  return (element: ElementNode, old: ElementNode): number => {
    const attributes = new Set(old.attributes.map(attributeEntry));
    let score = element.attributes.filter((a) => attributes.has(attributeEntry(a))).length;
    if (collapseWhitespace(textContent(element)) === collapseWhitespace(textContent(old))) score++;
    const oldChildren = new Set(childElements(old).map(keyOf));
    for (const child of childElements(element)) if (oldChildren.has(keyOf(child))) score++;
    return score;
  };
}

/** An attribute as content: its name in any case, its decoded value. */
function attributeEntry(a: AttributeNode): string {
  return `${a.name.toLowerCase()}=${a.value}`;
}

/** cyrb53: a fast 53-bit string hash; collisions among one document's subtrees are vanishingly rare. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
