/**
 * Writing a note from the graph: a note is the XML comment just before an element (see
 * `core/graph/notes.ts`), so it round-trips through the text and any XML tool. Only that comment's text
 * changes (or one comment line is added or removed); the rest of the document stays byte-identical.
 */
import type { ChildNode, DialplanDocument } from '../ast/types.ts';
import { commentBefore } from '../graph/notes.ts';
import { indentBefore, newlineOf, reindent, removalSpan } from './layout-text.ts';
import { parentElement, requireElement } from './lookup.ts';
import type { TextPatch } from './patch.ts';

/**
 * What may stand between `<!--` and `-->`: XML forbids `--` inside a comment, so a dash run is split by
 * spaces (twice: `---` becomes `- --` after one pass); everything else is kept as typed.
 */
export function commentSafe(text: string): string {
  return text.replace(/--/g, '- -').replace(/--/g, '- -');
}

/** Sets (or, with blank `text`, removes) the note on the element with that id. */
export function setNote(doc: DialplanDocument, id: string, text: string): TextPatch[] {
  const element = requireElement(doc, id);
  const siblings: readonly ChildNode[] = parentElement(doc, id)?.children ?? doc.children;
  const comment = commentBefore(siblings, siblings.indexOf(element));
  const value = text.trim();
  const source = doc.source;
  if (comment) {
    if (value === '')
      return [
        {
          ...removalSpan(source, comment.range.start.offset, comment.range.end.offset),
          insert: '',
        },
      ];
    const indent = indentBefore(source, comment.range.start.offset) ?? '';
    const body = commentBody(value, indent, newlineOf(source));
    const { start, end } = comment.range;
    if (source.slice(start.offset + 4, end.offset - 3) === body) return [];
    return [{ from: start.offset + 4, to: end.offset - 3, insert: body }];
  }
  if (value === '') return [];
  const at = element.range.start.offset;
  const indent = indentBefore(source, at);
  const newline = newlineOf(source);
  // Alone on its line: the note gets a line of its own above, at the element's indentation.
  const separator = indent === undefined ? ' ' : `${newline}${indent}`;
  const body = commentBody(value, indent ?? '', newline);
  return [{ from: at, to: at, insert: `<!--${body}-->${separator}` }];
}

/** ` text ` for one line; several lines go on their own lines, indented one step past the comment. */
function commentBody(value: string, indent: string, newline: string): string {
  const safe = commentSafe(value);
  if (!safe.includes('\n')) return ` ${safe} `;
  const lines = safe.split(/\r?\n/).map((line) => line.trim());
  return `${newline}${reindent(lines.join('\n'), `${indent}  `, newline).replace(/^/, `${indent}  `)}${newline}${indent}`;
}
