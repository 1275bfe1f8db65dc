/**
 * Decides which state changes become their own undo step. Per store (a closure, not a module global):
 * - changes of the same group within COALESCE_MS of each other merge (a burst of typing is one step);
 * - every change between beginGesture() and endGesture() merges into the gesture's first (a drag);
 * - an edit given no group is always a step of its own.
 */
export const COALESCE_MS = 500;

/** The group of plain `setText` calls (typing in the XML pane). */
export const TYPING_GROUP = 'text';

export interface HistoryRecorder {
  /** The group of the next change, set by `applyEdit`; otherwise it is derived from the change. */
  nextGroup: string | undefined;
  gestureDepth: number;
  /** Whether the current gesture has already recorded its step. */
  gestureRecorded: boolean;
  lastGroup: string | undefined;
  lastAt: number;
  /** Who made the latest text change (the store's `textOrigin`), wired by the history slice. */
  origin: () => string;
}

export function createHistoryRecorder(): HistoryRecorder {
  return {
    nextGroup: undefined,
    gestureDepth: 0,
    gestureRecorded: false,
    lastGroup: undefined,
    lastAt: -Infinity,
    origin: () => 'editor',
  };
}

/**
 * Called for each change that would be recorded, with the group it belongs to: true when it joins the
 * previous step instead of becoming a new one.
 */
export function joinsPreviousStep(recorder: HistoryRecorder, group: string, now: number): boolean {
  if (recorder.gestureDepth > 0) {
    const joins = recorder.gestureRecorded;
    recorder.gestureRecorded = true;
    recorder.lastGroup = undefined;
    return joins;
  }
  const joins = group === recorder.lastGroup && now - recorder.lastAt < COALESCE_MS;
  recorder.lastGroup = group;
  recorder.lastAt = now;
  return joins;
}

/** After undo/redo the next change starts a new step whatever its group. */
export function breakGroup(recorder: HistoryRecorder): void {
  recorder.lastGroup = undefined;
}
