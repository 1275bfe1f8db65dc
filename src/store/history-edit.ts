/**
 * Running an edit operation from a view: compute it against the last good tree, apply it as one undo
 * step, select what it inserted; an operation that cannot be made comes back as a message to show.
 */
import {
  EditError,
  type DialplanDocument,
  type EditResult,
  type TextPatch,
} from '../core/index.ts';
import type { TextOrigin } from './document-slice.ts';
import type { StudioState } from './studio-state.ts';

export type EditOperation = (doc: DialplanDocument) => TextPatch[] | EditResult;

/** Runs `operation` and returns an error message, or undefined when the edit was made. */
export function runEdit(
  state: StudioState,
  label: string,
  operation: EditOperation,
  origin: TextOrigin,
  group?: string,
): string | undefined {
  if (state.stale) return 'Fix the XML syntax errors first (see the XML pane).';
  let result: EditResult;
  try {
    const made = operation(state.lastGood);
    result = Array.isArray(made) ? { patches: made } : made;
  } catch (error) {
    if (error instanceof EditError) return error.message;
    throw error;
  }
  const applied = state.applyEdit(result.patches, label, {
    origin,
    ...(group === undefined ? {} : { group }),
    ...(result.focusOffset === undefined ? {} : { selectAt: result.focusOffset }),
  });
  return applied ? undefined : 'Fix the XML syntax errors first (see the XML pane).';
}
