/**
 * A factory, not a singleton: tests and several editors each get their own store.
 * Slices are combined here; middleware (history, persistence) is applied at this root only.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { temporal } from 'zundo';
import type { ScheduleTask } from './deferred-task.ts';
import { createDocumentSlice } from './document-slice.ts';
import { createHighlightSlice } from './highlight-slice.ts';
import { createLayoutSlice, type Positions } from './layout-slice.ts';
import { createPersistenceSlice } from './persistence/persistence-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import { createSimulatorSlice } from './simulator-slice.ts';
import { createHistoryRecorder } from './history-recorder.ts';
import { createHistorySlice, historyOptions } from './history-slice.ts';
import type { StudioState } from './studio-state.ts';
import { createUiSlice } from './ui-slice.ts';
import { createWorkspaceSlice } from './workspace-slice.ts';

export interface StudioStoreOptions {
  initialText: string;
  /** Saved node positions (autosave), keyed by element id of `initialText`'s parse. */
  initialPositions?: Positions;
  /** Saved selection (autosave). */
  initialSelectedId?: string;
  /** When validation runs after a text change (default: after the next paint; tests pass their own). */
  scheduleValidation?: ScheduleTask;
}

export type StudioStore = StoreApi<StudioState>;

export function createStudioStore(options: StudioStoreOptions): StudioStore {
  const recorder = createHistoryRecorder();
  return createStore<StudioState>()(
    temporal(
      (...a) => ({
        ...createDocumentSlice(options.initialText, options.scheduleValidation)(...a),
        ...createSelectionSlice(...a),
        ...createHistorySlice(recorder)(...a),
        ...createLayoutSlice(options.initialPositions)(...a),
        ...createHighlightSlice(...a),
        ...createUiSlice(...a),
        ...createWorkspaceSlice()(...a),
        ...createSimulatorSlice()(...a),
        ...createPersistenceSlice(...a),
        ...(options.initialSelectedId ? { selectedId: options.initialSelectedId } : {}),
      }),
      historyOptions(recorder),
    ),
  );
}
