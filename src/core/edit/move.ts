/** Moving an element (into or out of a branch, up or down): its exact text is cut and inserted there. */
import type { DialplanDocument } from '../ast/types.ts';
import { serializeElement } from './clipboard.ts';
import { insertSnippet } from './insert.ts';
import { removalSpan } from './layout-text.ts';
import { isWithin, requireElement } from './lookup.ts';
import { EditError, type EditResult, type InsertPosition } from './types.ts';

/** The node the insertion lands next to, to tell a move onto itself (a no-op) from a real one. */
function landingNodeId(doc: DialplanDocument, position: InsertPosition): string | undefined {
  const anchor = requireElement(doc, position.anchorId);
  if (position.where === 'before' || position.where === 'after') return anchor.id;
  const edge = position.where === 'firstChild' ? anchor.children[0] : anchor.children.at(-1);
  return edge?.id;
}

export function moveElement(
  doc: DialplanDocument,
  id: string,
  position: InsertPosition,
): EditResult {
  const element = requireElement(doc, id);
  const besideItself =
    position.anchorId === id && (position.where === 'before' || position.where === 'after');
  if (isWithin(position.anchorId, id) && !besideItself) {
    throw new EditError('An element cannot be moved into itself');
  }
  if (landingNodeId(doc, position) === id) return { patches: [] };
  const span = removalSpan(doc.source, element.range.start.offset, element.range.end.offset);
  return insertSnippet(doc, serializeElement(doc, id), position, [{ ...span, insert: '' }]);
}
