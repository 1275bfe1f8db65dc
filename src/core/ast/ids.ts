import type { ChildNode } from './types.ts';

/** The path segment name of a node: its canonical kind, or `#text`, `#comment`… for non-elements. */
export function segmentName(node: ChildNode): string {
  switch (node.type) {
    case 'element':
      return node.kind === 'unknown' ? node.tagName.toLowerCase() : node.kind;
    case 'text':
      return '#text';
    case 'cdata':
      return '#cdata';
    case 'comment':
      return '#comment';
    case 'pi':
      return '#pi';
  }
}

/**
 * Gives every node its path id, XPath-like: `/dialplan/menu[2]/keypress[1]/stash`. The `[n]` index is
 * written only when siblings share the segment name (the form the simulator's events use), so the id of
 * an element is also the `path` of the simulation events it produces.
 */
export function assignIds(children: ChildNode[], parentId: string): void {
  assignSiblingIds(children, parentId);
  for (const child of children) {
    if (child.type === 'element') assignIds(child.children, child.id);
  }
}

/** Scratch counts, kept between calls (numbering allocates no maps); empty between calls. */
const counts = new Map<string, number>();

/** Gives one sibling list its ids (not their children): the lazy-id parser nodes call this. */
export function assignSiblingIds(children: ChildNode[], parentId: string): void {
  for (const child of children) {
    const key = segmentName(child);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // The same map numbers the repeated names: counts go negative as they are handed out.
  for (const child of children) {
    const key = segmentName(child);
    const count = counts.get(key) ?? 0;
    if (count === 1) child.id = `${parentId}/${key}`;
    else {
      const n = count > 0 ? 1 : 1 - count;
      counts.set(key, -n);
      child.id = `${parentId}/${key}[${n}]`;
    }
  }
  counts.clear();
}
