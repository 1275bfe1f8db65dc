/**
 * The form of an answer label written in the dialplan (issue 26 item 1; docs/decisions/results.md): an
 * XML comment inside the keypress that stores the answer. `<!-- label: Donkeys -->` labels the keypress's
 * literal stash value; `<!-- label 3: Greenies -->` labels the stored value `3` (a keypress storing
 * `${call.lastinput}` over a range of keys). A comment travels with the file and changes nothing a call
 * does. Read by answer-labels.ts, written by core/edit/answer-label.ts.
 */
import type { CommentNode, ElementNode } from '../ast/types.ts';

const LABEL_COMMENT = /^\s*label(?:\s+([^:]+?))?\s*:\s*(.*?)\s*$/s;

/** A comment's label and the value it is for ('' = the keypress's literal stash), if it is a label. */
export function readLabelComment(comment: string): { key: string; label: string } | undefined {
  const m = LABEL_COMMENT.exec(comment);
  if (!m) return undefined;
  return { key: (m[1] ?? '').trim(), label: m[2] ?? '' };
}

/** The keypress's label comment for `key` ('' = its literal stash value). */
export function labelCommentOf(keypress: ElementNode, key = ''): CommentNode | undefined {
  for (const child of keypress.children) {
    if (child.type !== 'comment') continue;
    if (readLabelComment(child.value)?.key === key) return child;
  }
  return undefined;
}

/**
 * A label as a comment can hold it: one line, trimmed, without `--` (which ends no comment but makes
 * it malformed XML) or a trailing `-`.
 */
export function cleanLabel(label: string): string {
  return label.replace(/\s+/g, ' ').replace(/-{2,}/g, '–').trim().replace(/-+$/, '').trim();
}

/** `<!-- label: Donkeys -->`, or `<!-- label 3: Greenies -->` for a stored key. */
export function labelCommentXml(label: string, key = ''): string {
  return `<!-- label${key === '' ? '' : ` ${key}`}: ${cleanLabel(label)} -->`;
}
