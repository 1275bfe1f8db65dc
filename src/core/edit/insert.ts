/**
 * Inserting XML (a snippet written from column 0) next to a sibling or inside a container, indented like
 * its neighbours. Only the insertion point changes: the rest of the text stays byte-identical.
 */
import type { ChildNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { TAGS } from '../schema/tags.ts';
import { indentBefore, indentUnitOf, newlineOf, reindent } from './layout-text.ts';
import { insertedOffset, type TextPatch } from './patch.ts';
import { requireElement } from './lookup.ts';
import { EditError, type EditResult, type InsertPosition } from './types.ts';

interface Insertion {
  patch: TextPatch;
  /** Where the snippet starts inside `patch.insert`. */
  inner: number;
}

const TRAILING_COMMENTS = /^(?:[ \t]*<!--(?:(?!-->)[^])*-->)*[ \t]*\r?$/;

/** After a node, past comments that share its line: `<play/>  <!-- about the play -->` stays together. */
function afterTrailingComments(source: string, at: number): number {
  const newline = source.indexOf('\n', at);
  const rest = source.slice(at, newline === -1 ? source.length : newline);
  return TRAILING_COMMENTS.test(rest) ? at + rest.replace(/\r$/, '').length : at;
}

/** Next to a node: on its own line with the node's indentation, or inline when the node is inline. */
function besideNode(
  source: string,
  node: ChildNode,
  side: 'before' | 'after',
  snippet: string,
): Insertion {
  const at = side === 'before' ? node.range.start.offset : node.range.end.offset;
  const indent = indentBefore(source, node.range.start.offset);
  if (indent === undefined) return { patch: { from: at, to: at, insert: snippet }, inner: 0 };
  const newline = newlineOf(source);
  const body = reindent(snippet, indent, newline);
  if (side === 'after') {
    const end = afterTrailingComments(source, at);
    const insert = newline + indent + body;
    return { patch: { from: end, to: end, insert }, inner: newline.length + indent.length };
  }
  return side === 'before'
    ? { patch: { from: at, to: at, insert: body + newline + indent }, inner: 0 }
    : {
        patch: { from: at, to: at, insert: newline + indent + body },
        inner: newline.length + indent.length,
      };
}

/** Into a container with no child nodes: `<x/>`, `<x></x>` or `<x>  </x>` open up onto new lines. */
function intoEmpty(doc: DialplanDocument, container: ElementNode, snippet: string): Insertion {
  const source = doc.source;
  const newline = newlineOf(source);
  const indent = indentBefore(source, container.range.start.offset) ?? '';
  const childIndent = indent + indentUnitOf(doc);
  const body = newline + childIndent + reindent(snippet, childIndent, newline) + newline + indent;
  if (container.selfClosing) {
    let from = container.openTagRange.end.offset - 2;
    while (from > 0 && /\s/.test(source.charAt(from - 1))) from--;
    const insert = `>${body}</${container.tagName}>`;
    const patch = { from, to: container.openTagRange.end.offset, insert };
    return { patch, inner: 1 + newline.length + childIndent.length };
  }
  if (!container.closeTagRange) throw new EditError(`<${container.tagName}> is not closed`);
  const patch = {
    from: container.openTagRange.end.offset,
    to: container.closeTagRange.start.offset,
    insert: body,
  };
  return { patch, inner: newline.length + childIndent.length };
}

function insertionFor(doc: DialplanDocument, snippet: string, position: InsertPosition): Insertion {
  const anchor = requireElement(doc, position.anchorId);
  if (position.where === 'before' || position.where === 'after') {
    return besideNode(doc.source, anchor, position.where, snippet);
  }
  if (anchor.kind !== 'unknown' && TAGS[anchor.kind].content !== 'children') {
    throw new EditError(`<${anchor.tagName}> cannot hold elements`);
  }
  const edge = position.where === 'firstChild' ? anchor.children[0] : anchor.children.at(-1);
  if (!edge) return intoEmpty(doc, anchor, snippet);
  return besideNode(
    doc.source,
    edge,
    position.where === 'firstChild' ? 'before' : 'after',
    snippet,
  );
}

/** Patches inserting `snippet` at `position`; `extra` patches (non-overlapping) are applied with it. */
export function insertSnippet(
  doc: DialplanDocument,
  snippet: string,
  position: InsertPosition,
  extra: readonly TextPatch[] = [],
): EditResult {
  const { patch, inner } = insertionFor(doc, snippet.trim(), position);
  const patches = [...extra, patch];
  return { patches, focusOffset: insertedOffset(patches, patch, inner) };
}
