/** The one selection shared by the graph, the XML pane and the inspector. Never part of undo history. */
import type { StateCreator } from 'zustand';
import type { StudioState } from './studio-state.ts';

export interface SelectionSlice {
  /** The id (path) of the selected element, if any. */
  selectedId: string | undefined;
  /** Which view made the selection, so that the other views follow and this one does not jump. */
  selectionSource: 'graph' | 'text' | 'inspector' | 'simulator' | 'find' | undefined;
  select: (id: string | undefined, source: SelectionSlice['selectionSource']) => void;
}

export const createSelectionSlice: StateCreator<StudioState, [], [], SelectionSlice> = (set) => ({
  selectedId: undefined,
  selectionSource: undefined,
  select: (selectedId, selectionSource) => set({ selectedId, selectionSource }),
});
