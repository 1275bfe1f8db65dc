/**
 * Where a palette item goes for the keyboard path: after the selected element, or inside it when the
 * caller asks and the item may go there, when only inside is allowed (a keypress into a selected menu),
 * or when the selection is a branch (keypress, live, machine: what follows a branch is its content).
 * Nothing selected: appended to the dialplan.
 */

import type { DialplanDocument, TagKind } from '../ast/types.ts';
import { mayContain } from '../schema/tags.ts';
import { indexOf, parentElement } from './lookup.ts';
import { EditError, type InsertPosition } from './types.ts';
import { CALL_BRANCH_KINDS } from '../schema/branches.ts';

export function placementFor(
  doc: DialplanDocument,
  selectedId: string | undefined,
  kind: TagKind,
  inside = false,
): InsertPosition {
  const root = doc.root;
  if (!root) throw new EditError('The document has no <dialplan> to insert into');
  const selected = selectedId === undefined ? undefined : indexOf(doc).byId.get(selectedId);
  if (!selected || selected === root) return { anchorId: root.id, where: 'lastChild' };
  const parent = parentElement(doc, selected.id);
  const canInside = mayContain(selected.kind, kind);
  const canBeside = parent !== undefined && mayContain(parent.kind, kind);
  if (canInside && (inside || !canBeside || CALL_BRANCH_KINDS.has(selected.kind)))
    return { anchorId: selected.id, where: 'lastChild' };
  return { anchorId: selected.id, where: 'after' };
}
