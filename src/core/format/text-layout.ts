/**
 * How text content is written back. Values (goto targets, numbers, URLs) are trimmed; stored values and
 * expressions (stash, sms, setvar) are trimmed and otherwise kept as written; speech keeps its words and
 * line breaks, each line re-indented, so that formatting twice gives the same bytes and the text says
 * the same once whitespace is collapsed.
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

const VERBATIM_ROLES = new Set(['value', 'expression']);

/**
 * Whether the element's text is used as written once trimmed (a stash or sms value, a setvar
 * expression): its inner whitespace reaches the call record, so formatting must not re-indent it.
 */
export function isVerbatimValue(element: ElementNode): boolean {
  if (element.kind === 'unknown') return false;
  const role = TAGS[element.kind].textRole;
  return role !== undefined && VERBATIM_ROLES.has(role);
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
