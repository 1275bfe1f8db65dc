/** What every edit operation returns, and where an inserted element goes. */
import type { TextPatch } from './patch.ts';

export interface EditResult {
  /** Replacements against the document's source text; apply with `applyPatches`. */
  patches: TextPatch[];
  /** Where the inserted or moved element starts in the NEW text (to select it after the edit). */
  focusOffset?: number;
}

/** Before or after a sibling, or as the first or last child of a container. */
export type InsertWhere = 'before' | 'after' | 'firstChild' | 'lastChild';

export interface InsertPosition {
  /** The id of the sibling (before/after) or of the container (firstChild/lastChild). */
  anchorId: string;
  where: InsertWhere;
}

/** An edit that cannot be made (unknown id, a move into itself, a snippet that is not XML…). */
export class EditError extends Error {
  override name = 'EditError';
}
