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
  /** The group of the next change; `setText` without one counts as typing. */
  nextGroup: string | undefined;
  gestureDepth: number;
  /** Whether the current gesture has already recorded its step. */
  gestureRecorded: boolean;
  lastGroup: string | undefined;
  lastAt: number;
}

export function createHistoryRecorder(): HistoryRecorder {
  return {
    nextGroup: undefined,
    gestureDepth: 0,
    gestureRecorded: false,
    lastGroup: undefined,
    lastAt: -Infinity,
  };
}

/** Called for each change that would be recorded: true when it joins the previous step instead. */
export function joinsPreviousStep(recorder: HistoryRecorder, now: number): boolean {
  if (recorder.gestureDepth > 0) {
    const joins = recorder.gestureRecorded;
    recorder.gestureRecorded = true;
    recorder.lastGroup = undefined;
    return joins;
  }
  const group = recorder.nextGroup ?? TYPING_GROUP;
  const joins = group === recorder.lastGroup && now - recorder.lastAt < COALESCE_MS;
  recorder.lastGroup = group;
  recorder.lastAt = now;
  return joins;
}

/** After undo/redo the next change starts a new step whatever its group. */
export function breakGroup(recorder: HistoryRecorder): void {
  recorder.lastGroup = undefined;
}
