/**
 * The debugger's breakpoints (element ids) and the element a debugged call starts at ("Start here").
 * Shared by the simulator's Debugger panel and the graph's cards; not saved.
 */
import { create } from 'zustand';

export interface DebugStore {
  breakpoints: ReadonlySet<string>;
  /** Start the debugged call at this element instead of the root. */
  startId: string | undefined;
  toggleBreakpoint: (id: string) => void;
  setStart: (id: string | undefined) => void;
}

export const useDebugStore = create<DebugStore>((set) => ({
  breakpoints: new Set(),
  startId: undefined,
  toggleBreakpoint: (id) =>
    set((s) => {
      const next = new Set(s.breakpoints);
      if (!next.delete(id)) next.add(id);
      return { breakpoints: next };
    }),
  setStart: (startId) => set({ startId }),
}));
