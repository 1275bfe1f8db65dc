/**
 * Setting the text of a text-holding element (play, goto, stash…). The blanks around the old text are
 * kept, so a prompt written over several indented lines keeps its layout around the new words; a
 * multi-line value gets its lines indented like the old text's (or one step inside the element).
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
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const insert = indentLines(escaped, textIndent(source, element, inner), eol);
  if (source.slice(from, to) === insert) return [];
  return [{ from, to, insert }];
}

/**
 * Where the text's lines start: as the old text's lines did (after its first line break), else one
 * step inside the element's own indentation.
 */
function textIndent(source: string, element: ElementNode, inner: string): string {
  const lineBreak = /\n([ \t]*)\S/.exec(inner);
  if (lineBreak) return lineBreak[1] ?? '';
  const start = element.range.start.offset;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(source.slice(lineStart, start))?.[0] ?? '';
  return `${indent}  `;
}

/** The lines after the first, trimmed and indented (blank lines kept empty). */
function indentLines(value: string, indent: string, eol: string): string {
  if (!value.includes('\n')) return value;
  return value
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line.trimEnd() : line.trim() === '' ? '' : indent + line.trim()))
    .join(eol);
}

/**
 * A text as an editor shows it: its line breaks kept, each line trimmed, blank lines at either end
 * dropped. For prompts, whose spoken form collapses whitespace anyway: the XML's indentation is noise.
 */
export function editableText(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** Sets the text content of the element with that id (escaped). */
export function setTextContent(doc: DialplanDocument, id: string, value: string): TextPatch[] {
  return setTextPatches(doc.source, requireElement(doc, id), value);
}
