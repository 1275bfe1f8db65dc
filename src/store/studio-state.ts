/** The whole studio state: one store combined from slices (see create-studio-store.ts). */
import type { DocumentSlice } from './document-slice.ts';
import type { HighlightSlice } from './highlight-slice.ts';
import type { LayoutSlice } from './layout-slice.ts';
import type { PersistenceSlice } from './persistence/persistence-slice.ts';
import type { SelectionSlice } from './selection-slice.ts';
import type { SimulatorSlice } from './simulator-slice.ts';
import type { HistorySlice } from './history-slice.ts';
import type { UiSlice } from './ui-slice.ts';
import type { WorkspaceSlice } from './workspace-slice.ts';

export type StudioState = DocumentSlice &
  SelectionSlice &
  HistorySlice &
  LayoutSlice &
  HighlightSlice &
  UiSlice &
  SimulatorSlice &
  WorkspaceSlice &
  PersistenceSlice;
