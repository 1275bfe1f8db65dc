/**
 * Notes: the XML comment written just before an element (only blanks between) is the designer's note on
 * it. The graph shows it on the element's card; `core/edit/note.ts` writes it back as a comment.
 */
import type { ChildNode, CommentNode } from '../ast/types.ts';

/** The comment right before the element at `siblings[at]` (its parent's children), if any. */
export function commentBefore(siblings: readonly ChildNode[], at: number): CommentNode | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const node = siblings[i];
    if (!node) break;
    if (node.type === 'comment') return isTrailing(siblings[i - 1], node) ? undefined : node;
    if (node.type !== 'text' || node.value.trim() !== '') break;
  }
  return undefined;
}

/** A comment written on the line where the element before it ends is about that element. */
function isTrailing(before: ChildNode | undefined, comment: CommentNode): boolean {
  return before?.type === 'element' && before.range.end.line === comment.range.start.line;
}

/** A comment as a note reads: each line trimmed, blank lines at either end dropped. */
export function noteText(comment: CommentNode): string {
  const lines = comment.value.split(/\r?\n/).map((line) => line.trim());
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}
