/**
 * What the user must know about saving: whether the last save failed (the work is NOT saved), what was
 * set aside when loading, and what another tab changed. Also the editors' pending text: an editor that
 * holds typing back (the XML pane's debounce) registers a flush, and a save runs them all first.
 */
import type { StateCreator } from 'zustand';
import type { StudioState } from '../studio-state.ts';

export interface PersistenceStatus {
  /** Why the last save failed; undefined once a save succeeds. */
  notSaved: string | undefined;
  /** Sentences about stored values that were damaged, set aside or merged from another tab. */
  notices: string[];
}

/** What start-up restored, for the lazily loaded documents list. */
export interface PersistenceLoad {
  /** The open text came from the autosave. */
  restoredText: boolean;
  /** The document the autosaved text belongs to. */
  autosavedDocumentId: string | undefined;
  /** The autosaved text as start-up read it (the autosave then holds it: a save need not write it). */
  autosavedText?: string;
  /** The stored list is in the store (until then, the list is not saved). */
  workspaceLoaded: boolean;
}

export interface PersistenceSlice {
  persistence: PersistenceStatus;
  persistenceLoad: PersistenceLoad;
  /** The outcome of writing `key`: undefined when written, else why not. */
  reportSaved: (key: string, failure: string | undefined) => void;
  addPersistenceNotices: (notices: string[]) => void;
  dismissPersistenceNotices: () => void;
  /** Registers a function that hands held-back edits to the store. Returns the unregister function. */
  registerPendingEdits: (flush: () => void) => () => void;
  flushPendingEdits: () => void;
}

export const createPersistenceSlice: StateCreator<StudioState, [], [], PersistenceSlice> = (
  set,
  get,
) => {
  const flushers = new Set<() => void>();
  /** By key: one key's success must not hide another's failure. */
  const failures = new Map<string, string>();
  return {
    persistence: { notSaved: undefined, notices: [] },
    // A store made without hydrateStudio (tests, benches) has no stored list to wait for.
    persistenceLoad: { restoredText: false, autosavedDocumentId: undefined, workspaceLoaded: true },
    reportSaved: (key, failure) => {
      if (failure === undefined) failures.delete(key);
      else failures.set(key, failure);
      const notSaved = failures.values().next().value;
      if (notSaved !== get().persistence.notSaved)
        set((s) => ({ persistence: { ...s.persistence, notSaved } }));
    },
    addPersistenceNotices: (notices) => {
      if (notices.length > 0)
        set((s) => ({
          persistence: { ...s.persistence, notices: [...s.persistence.notices, ...notices] },
        }));
    },
    dismissPersistenceNotices: () =>
      set((s) => ({ persistence: { ...s.persistence, notices: [] } })),
    registerPendingEdits: (flush) => {
      flushers.add(flush);
      return () => void flushers.delete(flush);
    },
    flushPendingEdits: () => flushers.forEach((flush) => flush()),
  };
};
