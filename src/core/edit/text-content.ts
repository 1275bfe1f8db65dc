/**
 * Setting the text of a text-holding element (play, goto, stash…). The blanks around the old text are
 * kept, so a prompt written over several indented lines keeps its layout around the new words.
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { escapeText } from '../xml/entities.ts';
import type { TextPatch } from './patch.ts';
import { requireElement } from './lookup.ts';
import { EditError } from './types.ts';

/** The offset just after the tag name and attributes of a self-closing tag, before ` />`. */
function selfClosingTailStart(source: string, element: ElementNode): number {
  let at = element.openTagRange.end.offset - 2;
  while (at > 0 && /\s/.test(source.charAt(at - 1))) at--;
  return at;
}

export function setTextPatches(source: string, element: ElementNode, value: string): TextPatch[] {
  if (element.children.some((c) => c.type === 'element')) {
    throw new EditError(`<${element.tagName}> holds elements; its text cannot be set`);
  }
  const escaped = escapeText(value);
  if (element.selfClosing) {
    if (value === '') return [];
    const from = selfClosingTailStart(source, element);
    const insert = `>${escaped}</${element.tagName}>`;
    return [{ from, to: element.openTagRange.end.offset, insert }];
  }
  if (!element.closeTagRange) throw new EditError(`<${element.tagName}> is not closed`);
  const innerFrom = element.openTagRange.end.offset;
  const innerTo = element.closeTagRange.start.offset;
  const inner = source.slice(innerFrom, innerTo);
  const lead = /^\s*/.exec(inner)?.[0].length ?? 0;
  const trail = lead === inner.length ? 0 : (/\s*$/.exec(inner)?.[0].length ?? 0);
  const from = innerFrom + lead;
  const to = innerTo - trail;
  if (source.slice(from, to) === escaped) return [];
  return [{ from, to, insert: escaped }];
}

/** Sets the text content of the element with that id (escaped). */
export function setTextContent(doc: DialplanDocument, id: string, value: string): TextPatch[] {
  return setTextPatches(doc.source, requireElement(doc, id), value);
}
