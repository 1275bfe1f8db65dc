/**
 * What a simulated call is doing right now, for the views to show: the simulator UI sets it, the graph and
 * the XML pane render it (active node, the edge just taken, the visited path faintly). Never undoable.
 * Ids are AST element ids (paths such as `/dialplan/menu[2]/keypress[1]/stash`).
 */
import type { StateCreator } from 'zustand';
import type { StudioState } from './studio-state.ts';

export interface Highlight {
  /** The element being executed (or waiting for input). */
  activeId?: string;
  /** Elements executed so far in this call, in order (duplicates allowed). */
  visitedIds: string[];
  /** The jump or fall-through just taken, from one element to the next. */
  lastEdge?: { from: string; to: string };
}

export interface HighlightSlice {
  highlight: Highlight;
  /** Merge `partial` into the highlight (fields not given are kept). */
  setHighlight: (partial: Partial<Highlight>) => void;
  clearHighlight: () => void;
}

const EMPTY: Highlight = { visitedIds: [] };

export const createHighlightSlice: StateCreator<StudioState, [], [], HighlightSlice> = (set) => ({
  highlight: EMPTY,
  setHighlight: (partial) => set((s) => ({ highlight: { ...s.highlight, ...partial } })),
  clearHighlight: () => set({ highlight: EMPTY }),
});
