/**
 * A factory, not a singleton: tests and several editors each get their own store.
 * Slices are combined here; middleware (history, persistence) is applied at this root only.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDocumentSlice } from './document-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import type { StudioState } from './studio-state.ts';

export interface StudioStoreOptions {
  initialText: string;
}

export type StudioStore = StoreApi<StudioState>;

export function createStudioStore(options: StudioStoreOptions): StudioStore {
  return createStore<StudioState>()((...a) => ({
    ...createDocumentSlice(options.initialText)(...a),
    ...createSelectionSlice(...a),
  }));
}
