/**
 * Connections: where a branch or a node goes next, as the graph draws them.
 * - a `branch` port: a keypress/live/machine (its last direct `<goto>`, added when missing), a catch
 *   (its `goto` attribute) or a goto itself (its text);
 * - the `next` port of any other element: a `<goto>` right after it (changed when already there).
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { childElements, elementName } from '../ast/query.ts';
import { escapeText } from '../xml/entities.ts';
import { removeAttributePatches, setAttributePatches } from './attributes.ts';
import { insertSnippet } from './insert.ts';
import { nextSiblingElement, requireElement } from './lookup.ts';
import { takenNames, uniqueName } from './element-names.ts';
import type { TextPatch } from './patch.ts';
import { deleteElement } from './remove.ts';
import { setTextPatches } from './text-content.ts';
import type { EditResult } from './types.ts';
import { CALL_BRANCH_KINDS } from '../schema/branches.ts';

export type ConnectPort = 'branch' | 'next';

/** The port a connection from this element uses when the caller does not say. */
export function defaultPort(element: ElementNode): ConnectPort {
  return CALL_BRANCH_KINDS.has(element.kind) || element.kind === 'catch' || element.kind === 'goto'
    ? 'branch'
    : 'next';
}

/** The goto that a connection from (element, port) is written in, if there is one already. */
export function existingGoto(
  doc: DialplanDocument,
  element: ElementNode,
  port: ConnectPort,
): ElementNode | undefined {
  if (port === 'next') {
    const next = nextSiblingElement(doc, element);
    return next?.kind === 'goto' ? next : undefined;
  }
  if (element.kind === 'goto') return element;
  return childElements(element).findLast((c) => c.kind === 'goto');
}

/** Makes the branch or the "next" of `sourceId` go to the element named `targetName`. */
export function connect(
  doc: DialplanDocument,
  sourceId: string,
  targetName: string,
  port?: ConnectPort,
  extra: readonly TextPatch[] = [],
): EditResult {
  const source = requireElement(doc, sourceId);
  const via = port ?? defaultPort(source);
  if (via === 'branch' && source.kind === 'catch') {
    return { patches: [...extra, ...setAttributePatches(source, 'goto', targetName)] };
  }
  const goto = existingGoto(doc, source, via);
  if (goto) return { patches: [...extra, ...setTextPatches(doc.source, goto, targetName)] };
  const snippet = `<goto>${escapeText(targetName)}</goto>`;
  const where = via === 'branch' ? 'lastChild' : 'after';
  return insertSnippet(doc, snippet, { anchorId: sourceId, where }, extra);
}

/** Connects to an element by id, giving it a name first when it has none (`menu`, `menu_2`…). */
export function connectToElement(
  doc: DialplanDocument,
  sourceId: string,
  targetId: string,
  port?: ConnectPort,
): EditResult {
  const target = requireElement(doc, targetId);
  const name = elementName(target);
  if (name !== undefined && name.trim() !== '') return connect(doc, sourceId, name.trim(), port);
  const fresh = uniqueName(target.kind === 'unknown' ? 'node' : target.kind, takenNames(doc));
  return connect(doc, sourceId, fresh, port, setAttributePatches(target, 'name', fresh));
}

/** Removes the connection: the goto (or the catch's goto attribute). No-op when there is none. */
export function disconnect(
  doc: DialplanDocument,
  sourceId: string,
  port?: ConnectPort,
): TextPatch[] {
  const source = requireElement(doc, sourceId);
  const via = port ?? defaultPort(source);
  if (via === 'branch' && source.kind === 'catch') {
    return removeAttributePatches(doc.source, source, 'goto');
  }
  const goto = existingGoto(doc, source, via);
  return goto ? deleteElement(doc, goto.id) : [];
}
