/**
 * Writing an answer label (issue 26 item 1): the label comment inside the keypress that stores the
 * answer is added, changed in place or removed (an empty label), and nothing else in the text moves.
 * The form is core/results/label-comment.ts's.
 */
import { childElements } from '../ast/query.ts';
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { cleanLabel, labelCommentOf, labelCommentXml } from '../results/label-comment.ts';
import { indentBefore, indentUnitOf, newlineOf, removalSpan } from './layout-text.ts';
import { requireElement } from './lookup.ts';
import type { TextPatch } from './patch.ts';
import { EditError, type EditResult } from './types.ts';

/**
 * The patches that give `keypress` the label `label` for `key` ('' = its literal stash value): none
 * when it already reads so.
 */
export function answerLabelPatches(
  doc: DialplanDocument,
  keypress: ElementNode,
  label: string,
  key = '',
): TextPatch[] {
  const source = doc.source;
  const existing = labelCommentOf(keypress, key);
  const clean = cleanLabel(label);
  if (existing) {
    const { start, end } = existing.range;
    if (clean === '') return [{ ...removalSpan(source, start.offset, end.offset), insert: '' }];
    const xml = labelCommentXml(clean, key);
    const now = source.slice(start.offset, end.offset);
    return now === xml ? [] : [{ from: start.offset, to: end.offset, insert: xml }];
  }
  if (clean === '') return [];
  return [insertFirst(doc, keypress, labelCommentXml(clean, key))];
}

/** `xml` as the keypress's first line inside it, at its children's indentation. */
function insertFirst(doc: DialplanDocument, keypress: ElementNode, xml: string): TextPatch {
  const source = doc.source;
  const eol = newlineOf(source);
  const first = childElements(keypress)[0];
  const firstIndent = first && indentBefore(source, first.range.start.offset);
  if (first && firstIndent !== undefined) {
    const at = first.range.start.offset;
    return { from: at, to: at, insert: `${xml}${eol}${firstIndent}` };
  }
  // An empty or one-line keypress: the comment goes right after the open tag.
  const own = indentBefore(source, keypress.range.start.offset) ?? '';
  const at = keypress.openTagRange.end.offset;
  if (!keypress.closeTagRange) {
    throw new EditError('A self-closing keypress stores no answer to label');
  }
  const inline = source.slice(at, keypress.closeTagRange.start.offset).trim() === '';
  return inline
    ? {
        from: at,
        to: keypress.closeTagRange.start.offset,
        insert: `${eol}${own}${indentUnitOf(doc)}${xml}${eol}${own}`,
      }
    : { from: at, to: at, insert: xml };
}

/** The label edit on the keypress `keypressId`, as one undo step; the focus stays on the keypress. */
export function setAnswerLabel(
  doc: DialplanDocument,
  keypressId: string,
  label: string,
  key = '',
): EditResult {
  const keypress = requireElement(doc, keypressId);
  if (keypress.kind !== 'keypress') throw new EditError('An answer label goes on a <keypress>');
  return {
    patches: answerLabelPatches(doc, keypress, label, key),
    focusOffset: keypress.range.start.offset,
  };
}
