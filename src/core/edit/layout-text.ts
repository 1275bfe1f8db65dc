/**
 * Reading and writing the layout of the source text: indentation, line spans and newline style, so that
 * inserted XML looks like its neighbours and deleted XML takes its line with it.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { walkElements } from '../ast/query.ts';

const BLANK = /^[ \t]*$/;

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The indentation before `offset`, or undefined when something other than blanks precedes it. */
export function indentBefore(text: string, offset: number): string | undefined {
  const prefix = text.slice(lineStartOf(text, offset), offset);
  return BLANK.test(prefix) ? prefix : undefined;
}

export function newlineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The document's indentation step, learnt from the first nested element (four spaces by default). */
export function indentUnitOf(doc: DialplanDocument): string {
  let unit: string | undefined;
  walkElements(doc.children, (element, parent) => {
    if (unit !== undefined) return false;
    if (!parent) return undefined;
    const own = indentBefore(doc.source, element.range.start.offset);
    const outer = indentBefore(doc.source, parent.range.start.offset);
    if (own !== undefined && outer !== undefined && own.length > outer.length) {
      if (own.startsWith(outer)) unit = own.slice(outer.length);
    }
    return undefined;
  });
  return unit ?? '    ';
}

/** Indents every line but the first (which goes where the caller puts it); blank lines stay empty. */
export function reindent(snippet: string, indent: string, newline: string): string {
  return snippet
    .split(/\r?\n/)
    .map((line, i) => (i === 0 || line.trim() === '' ? line : indent + line))
    .join(newline);
}

/** Removes `indent` from the start of every line but the first: a subtree as if written at column 0. */
export function dedent(snippet: string, indent: string): string {
  if (indent === '') return snippet;
  return snippet
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n');
}

/**
 * The span to delete to remove [from, to): when the node is alone on its lines, the whole lines go
 * (indentation and line break included), so no blank line is left behind.
 */
export function removalSpan(text: string, from: number, to: number): { from: number; to: number } {
  const start = lineStartOf(text, from);
  let end = text.indexOf('\n', to);
  if (end === -1) end = text.length;
  const aloneOnLine = BLANK.test(text.slice(start, from)) && /^[ \t\r]*$/.test(text.slice(to, end));
  if (!aloneOnLine) return { from, to };
  return { from: start, to: end === text.length ? end : end + 1 };
}
