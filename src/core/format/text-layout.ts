/**
 * How text content is written back. Values (goto targets, numbers, URLs) are trimmed; other text (TTS,
 * stash values, expressions) keeps its words and line breaks, each line re-indented, so that formatting
 * twice gives the same bytes and the text reads the same once whitespace is collapsed.
 */
import type { ElementNode } from '../ast/types.ts';
import { TAGS } from '../schema/tags.ts';
import { escapeText } from '../xml/entities.ts';
import { trimXml } from '../xml/whitespace.ts';

const VALUE_ROLES = new Set(['target', 'numbers', 'url']);

/** Whether the element's text is a value the reference trims (goto target, numbers, URL). */
export function isTrimmedValue(element: ElementNode): boolean {
  if (element.kind === 'unknown') return false;
  const role = TAGS[element.kind].textRole;
  return role !== undefined && VALUE_ROLES.has(role);
}

/**
 * The escaped lines of a text, each trimmed of XML whitespace only (a no-break space is text, see
 * `xml/whitespace.ts`); inner blank lines kept, leading and trailing ones dropped.
 */
export function textLines(value: string): string[] {
  const lines = escapeText(trimXml(value)).split(/\r\n|\r|\n/);
  return lines.map(trimXml);
}

/** Writes lines at an indent; blank lines stay empty (no trailing spaces). */
export function indentLines(lines: readonly string[], indent: string): string {
  return lines.map((line) => (line === '' ? '' : indent + line)).join('\n');
}
