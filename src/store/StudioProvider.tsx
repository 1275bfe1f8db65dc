import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioStore } from './create-studio-store.ts';
import type { StudioState } from './studio-state.ts';

const StudioContext = createContext<StudioStore | undefined>(undefined);

export function StudioProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StudioContext.Provider value={store}>{children}</StudioContext.Provider>;
}

/** The store of the nearest provider, for imperative use (actions in event handlers). */
export function useStudioStore(): StudioStore {
  const store = useContext(StudioContext);
  if (!store) throw new Error('useStudioStore must be used inside <StudioProvider>');
  return store;
}

/** Subscribe to one slice of state; pick atomic values or memoised selectors. */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}
