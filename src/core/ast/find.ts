/**
 * Find in the document (the studio's Ctrl+K): elements whose name, tag or own text (a prompt's words, a
 * goto's target) contains the query, case-insensitively. Names rank first (exact, then starting with the
 * query, then containing it), then tags, then text; document order within a rank.
 */
import { collapseWhitespace, elementName, textContent, walkElements } from './query.ts';
import type { DialplanDocument, ElementNode } from './types.ts';

export interface FindMatch {
  id: string;
  tag: string;
  name: string | undefined;
  /** What matched: `name`, `tag` or `text`. */
  on: 'name' | 'tag' | 'text';
  /** The element's text, collapsed and cut around the match (for `text`), else its start. */
  excerpt: string;
  /** 1-based line of the element's start tag. */
  line: number;
}

const EXCERPT = 60;

export function findElements(doc: DialplanDocument, query: string, limit = 50): FindMatch[] {
  const needle = query
    .trim()
    .replace(/^<\/?|\/?>$/g, '')
    .toLowerCase();
  if (needle === '') return [];
  const ranked: { rank: number; order: number; match: FindMatch }[] = [];
  let order = 0;
  walkElements(doc.children, (element) => {
    const hit = matchOf(element, needle);
    if (hit) ranked.push({ ...hit, order: order++ });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.match);
}

function matchOf(
  element: ElementNode,
  needle: string,
): { rank: number; match: FindMatch } | undefined {
  const name = elementName(element)?.trim();
  const text = collapseWhitespace(textContent(element));
  const lowerName = name?.toLowerCase();
  const make = (on: FindMatch['on'], rank: number) => ({
    rank,
    match: {
      id: element.id,
      tag: element.tagName,
      name,
      on,
      excerpt: excerptOf(text, on === 'text' ? text.toLowerCase().indexOf(needle) : 0),
      line: element.range.start.line,
    },
  });
  if (lowerName === needle) return make('name', 0);
  if (lowerName?.startsWith(needle)) return make('name', 1);
  if (lowerName?.includes(needle)) return make('name', 2);
  if (element.tagName.toLowerCase() === needle) return make('tag', 3);
  if (text.toLowerCase().includes(needle)) return make('text', 4);
  return undefined;
}

function excerptOf(text: string, at: number): string {
  const start = Math.max(0, at - 20);
  const cut = text.slice(start, start + EXCERPT);
  return `${start > 0 ? '…' : ''}${cut}${start + EXCERPT < text.length ? '…' : ''}`;
}
