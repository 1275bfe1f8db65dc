/**
 * Where graph nodes stand. Positions live beside the AST, keyed by element id, never in the XML.
 * When the text changes, `setText` re-keys them through `mapElementIds` so that an element keeps its
 * place when it is edited, renamed, or when siblings are added before it.
 */
import type { StateCreator } from 'zustand';
import type { XY } from '../core/index.ts';
import type { StudioState } from './studio-state.ts';

export type Positions = Readonly<Record<string, XY>>;

export interface LayoutSlice {
  /** Graph node positions by element id. Nodes without one are placed by the graph view. */
  positions: Positions;
  /** Move one node (a finished drag: one call per drag, so one undo step). */
  moveNode: (id: string, position: XY) => void;
  /** Set many positions at once; `replace` drops all others (a full "Tidy" layout). */
  setPositions: (positions: Positions, replace?: boolean) => void;
  /** Positions the studio computed by itself (first auto-layout): not a user action, so not undoable. */
  setAutoLayout: (positions: Positions) => void;
}

export const createLayoutSlice =
  (initial: Positions = {}): StateCreator<StudioState, [], [], LayoutSlice> =>
  (set, get) => ({
    positions: initial,
    moveNode: (id, position) => set((s) => ({ positions: { ...s.positions, [id]: position } })),
    setPositions: (positions, replace = false) =>
      set((s) => ({ positions: replace ? positions : { ...s.positions, ...positions } })),
    // The history slice's own pause (which respects a pause already in force): an automatic layout is
    // not a user action, so it is never an undo step.
    setAutoLayout: (positions) => get().withoutHistory(() => set({ positions })),
  });
