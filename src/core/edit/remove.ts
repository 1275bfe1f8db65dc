/**
 * Deleting an element. References to it are left dangling on purpose: the validator reports them, and
 * silently removing a goto would change the call flow behind the user's back.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { childElements } from '../ast/query.ts';
import { removalSpan } from './layout-text.ts';
import { mappedOffset, type TextPatch } from './patch.ts';
import { parentElement, requireElement } from './lookup.ts';
import type { EditResult } from './types.ts';

/** Blanks, then one comment, then blanks to the end of the line. */
const TRAILING_COMMENT = /^[ \t]*<!--(?:(?!-->)[^\n])*-->(?=[ \t\r]*(?:\n|$))/;

/**
 * A comment written after the element on its line, with nothing else after it, is about the element
 * (inserting after an element goes past it for the same reason): it goes with the element.
 */
function endWithTrailingComment(source: string, end: number): number {
  const match = TRAILING_COMMENT.exec(source.slice(end, end + 2000));
  return match ? end + match[0].length : end;
}

export function deleteElement(doc: DialplanDocument, id: string): TextPatch[] {
  const element = requireElement(doc, id);
  const end = endWithTrailingComment(doc.source, element.range.end.offset);
  const span = removalSpan(doc.source, element.range.start.offset, end);
  return [{ ...span, insert: '' }];
}

/**
 * Deletes the element and keeps a selection near it: the element after it, else the one before it,
 * else its parent (`focusOffset`, in the new text).
 */
export function deleteSelectingNeighbour(doc: DialplanDocument, id: string): EditResult {
  const patches = deleteElement(doc, id);
  const element = requireElement(doc, id);
  const parent = parentElement(doc, id);
  const siblings = parent ? childElements(parent) : [];
  const at = siblings.indexOf(element);
  const neighbour = siblings[at + 1] ?? siblings[at - 1] ?? parent;
  if (!neighbour) return { patches };
  return { patches, focusOffset: mappedOffset(patches, neighbour.range.start.offset) };
}
