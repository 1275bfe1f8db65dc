/**
 * One undo history for text, graph and inspector edits (zundo `temporal` over the document state).
 * Only `text` and node `positions` (when the store has them) are in the history: selection and simulator
 * state never are. Undo/redo go through `setText`, so diagnostics and the tree follow the restored text.
 */
import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState, ZundoOptions } from 'zundo';
import { applyPatches, elementAtOffset, type TextPatch } from '../core/index.ts';
import type { TextOrigin } from './document-slice.ts';
import {
  breakGroup,
  joinsPreviousStep,
  TYPING_GROUP,
  type HistoryRecorder,
} from './history-recorder.ts';
import type { StudioState } from './studio-state.ts';

export const HISTORY_LIMIT = 200;
/** The state kept in history: the text and the graph's node positions. */
const TRACKED_KEYS = ['text', 'positions'] as const;

export type TrackedState = Partial<Record<(typeof TRACKED_KEYS)[number], unknown>>;
type TemporalStore = StoreApi<TemporalState<TrackedState>>;
type RecordStep = (past: unknown, replace: unknown, current: unknown, delta: unknown) => void;

export interface EditOptions {
  /** Edits of the same group within 500 ms merge into one step (typing in an inspector field). */
  group?: string;
  /** Which view made the edit (default `graph`), passed on to `setText`. */
  origin?: TextOrigin;
  /** An offset in the new text (an `EditResult.focusOffset`): select the element that starts there. */
  selectAt?: number;
}

export interface HistorySlice {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  /** Everything between begin and end (a drag) becomes one undo step. Calls may nest. */
  beginGesture: () => void;
  endGesture: () => void;
  /**
   * Applies text patches, computed against `lastGood.source`, to `text` as one undo step (measured as
   * `sync:graph-to-text`). Refused (false) while the text has syntax errors: the patches would not fit.
   */
  applyEdit: (patches: readonly TextPatch[], label: string, options?: EditOptions) => boolean;
  /** Runs `change` without recording it (automatic placement of new nodes, not a user action). */
  withoutHistory: (change: () => void) => void;
}

/** The history-relevant part of the state. */
export function trackedState(state: StudioState): TrackedState {
  const out: TrackedState = {};
  const record = state as unknown as Record<string, unknown>;
  for (const key of TRACKED_KEYS) if (key in record) out[key] = record[key];
  return out;
}

function sameTracked(a: TrackedState, b: TrackedState): boolean {
  return TRACKED_KEYS.every((key) => a[key] === b[key]);
}

let stepCount = 0;

/**
 * The group a change belongs to: the one `applyEdit` was given; typing in the XML pane; or, for anything
 * else (an import, a node moved), a group of its own.
 */
function groupOf(recorder: HistoryRecorder, past: TrackedState, current: TrackedState): string {
  if (recorder.nextGroup !== undefined) return recorder.nextGroup;
  if (past.text !== current.text && recorder.origin() === 'editor') return TYPING_GROUP;
  return `change#${++stepCount}`;
}

/** The zundo options of the studio store, sharing `recorder` with the history slice. */
export function historyOptions(recorder: HistoryRecorder): ZundoOptions<StudioState, TrackedState> {
  return {
    partialize: trackedState,
    equality: sameTracked,
    limit: HISTORY_LIMIT,
    // zundo types the wrapped function as setState, but it is its internal 4-argument recorder.
    handleSet: (record) => (pastState, replace, currentState, delta) => {
      const group = groupOf(recorder, pastState as TrackedState, currentState);
      if (joinsPreviousStep(recorder, group, Date.now())) return;
      (record as unknown as RecordStep)(pastState, replace, currentState, delta);
    },
  };
}

function temporalOf(store: StoreApi<StudioState>): TemporalStore {
  return (store as unknown as { temporal: TemporalStore }).temporal;
}

export const createHistorySlice =
  (recorder: HistoryRecorder): StateCreator<StudioState, [], [], HistorySlice> =>
  (set, get, store) => {
    const temporal = temporalOf(store);
    recorder.origin = () => get().textOrigin;
    temporal.subscribe(({ pastStates, futureStates }) => {
      const canUndo = pastStates.length > 0;
      const canRedo = futureStates.length > 0;
      if (get().canUndo !== canUndo || get().canRedo !== canRedo) set({ canUndo, canRedo });
    });

    /** Puts a remembered state back without recording it. */
    const restore = (target: TrackedState) => {
      const { pause, resume } = temporal.getState();
      pause();
      try {
        const { text, ...others } = target;
        if (typeof text === 'string') get().setText(text, 'history');
        if (Object.keys(others).length > 0) set(others as Partial<StudioState>);
      } finally {
        resume();
        breakGroup(recorder);
      }
    };

    /** Moves one step from `from` to `to` (past → future for undo) and restores it. */
    const step = (direction: 'undo' | 'redo') => {
      const { pastStates, futureStates } = temporal.getState();
      const source = direction === 'undo' ? pastStates : futureStates;
      const target = source.at(-1);
      if (!target) return;
      const current = trackedState(get());
      const rest = source.slice(0, -1);
      temporal.setState(
        direction === 'undo'
          ? { pastStates: rest, futureStates: [...futureStates, current] }
          : { pastStates: [...pastStates, current], futureStates: rest },
      );
      restore(target);
    };

    return {
      canUndo: false,
      canRedo: false,
      undo: () => step('undo'),
      redo: () => step('redo'),
      beginGesture: () => {
        if (recorder.gestureDepth++ === 0) recorder.gestureRecorded = false;
      },
      endGesture: () => {
        recorder.gestureDepth = Math.max(0, recorder.gestureDepth - 1);
      },
      withoutHistory: (change) => {
        const { pause, resume, isTracking } = temporal.getState();
        if (!isTracking) return change();
        pause();
        try {
          change();
        } finally {
          resume();
        }
      },
      applyEdit: (patches, label, options) => {
        if (get().stale || get().lastGood.source !== get().text) return false;
        if (patches.length === 0) return true;
        const origin = options?.origin ?? 'graph';
        performance.mark('sync:graph-to-text:start');
        recorder.nextGroup = options?.group ?? `edit#${++stepCount}`;
        try {
          get().setText(applyPatches(get().text, patches), origin);
        } finally {
          recorder.nextGroup = undefined;
          measureSync(label);
        }
        if (options?.selectAt !== undefined) {
          // One character in: the inserted element's start tag, never its previous sibling's end.
          const element = elementAtOffset(get().lastGood, options.selectAt + 1);
          if (element) get().select(element.id, origin === 'graph' ? 'graph' : 'inspector');
        }
        return true;
      },
    };
  };

function measureSync(label: string): void {
  performance.mark('sync:graph-to-text:end');
  performance.measure('sync:graph-to-text', {
    start: 'sync:graph-to-text:start',
    end: 'sync:graph-to-text:end',
    detail: { label },
  });
  performance.clearMarks('sync:graph-to-text:start');
  performance.clearMarks('sync:graph-to-text:end');
}
