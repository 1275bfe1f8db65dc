/**
 * Deleting an element. References to it are left dangling on purpose: the validator reports them, and
 * silently removing a goto would change the call flow behind the user's back.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { removalSpan } from './layout-text.ts';
import type { TextPatch } from './patch.ts';
import { requireElement } from './lookup.ts';

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
