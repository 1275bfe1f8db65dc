/**
 * The one place the studio's state meets the browser's storage: what is loaded at start-up, and saving
 * as things change (debounced), all of it at once when the page is hidden or closed — the editors'
 * held-back typing included. A failed write is reported in the store (`persistence.notSaved`), never
 * swallowed; the next successful write clears it.
 */
import type { StudioStore } from '../create-studio-store.ts';
import type { SavedWorkspace } from '../workspace-slice.ts';
import { AUTOSAVE_KEY, WORKSPACE_KEY } from './keys.ts';
import { checkAutosave, checkWorkspace, type SavedStudio } from './schema.ts';
import { browserStorage, readStored, writeStored } from './storage-io.ts';

/** Typing is saved at most this long after it reached the store. */
const AUTOSAVE_DELAY_MS = 500;
/** Changes of the documents list (add, rename, switch, broadcast settings). */
const WORKSPACE_DELAY_MS = 300;

export interface LoadedStudio {
  autosave: SavedStudio | undefined;
  workspace: SavedWorkspace | undefined;
  problems: string[];
}

export function loadStudio(storage = browserStorage()): LoadedStudio {
  const autosave = readStored(storage, AUTOSAVE_KEY, checkAutosave);
  const workspace = readStored(storage, WORKSPACE_KEY, checkWorkspace);
  let list = workspace.value;
  // The autosaved text belongs to the document that was open when it was saved (another tab may have
  // saved the list with another document open since).
  const openId = autosave.value?.documentId;
  if (list && openId && list.documents.some((d) => d.id === openId))
    list = { ...list, activeId: openId };
  return {
    autosave: autosave.value,
    workspace: list,
    problems: [...autosave.problems, ...workspace.problems],
  };
}

/** The text to open: the autosave's, else the open document's in the list. */
export function openText(loaded: LoadedStudio): string | undefined {
  if (loaded.autosave) return loaded.autosave.text;
  const list = loaded.workspace;
  return list?.documents.find((d) => d.id === list.activeId)?.text;
}

/** Puts what `loadStudio` found into a freshly created store. */
export function hydrateStudio(store: StudioStore, loaded: LoadedStudio): void {
  const state = store.getState();
  if (loaded.workspace) state.hydrateWorkspace(loaded.workspace);
  if (!loaded.autosave && loaded.workspace) {
    const open = loaded.workspace.documents.find((d) => d.id === loaded.workspace?.activeId);
    if (open?.positions) store.setState({ positions: open.positions });
  }
  state.addPersistenceNotices(loaded.problems);
}

function autosaveOf(store: StudioStore): SavedStudio {
  const { text, positions, selectedId, activeId } = store.getState();
  return { text, positions, documentId: activeId, ...(selectedId ? { selectedId } : {}) };
}

export function startPersistence(store: StudioStore, storage = browserStorage()): () => void {
  const save = (key: string, value: () => unknown) =>
    store.getState().reportSaved(key, writeStored(storage, key, value()));
  const saveText = () => save(AUTOSAVE_KEY, () => autosaveOf(store));
  const saveList = () => save(WORKSPACE_KEY, () => store.getState().workspaceSnapshot());
  const textTimer = debounced(saveText, AUTOSAVE_DELAY_MS);
  const listTimer = debounced(saveList, WORKSPACE_DELAY_MS);

  const unsubscribe = store.subscribe((s, p) => {
    if (s.text !== p.text || s.positions !== p.positions || s.selectedId !== p.selectedId)
      textTimer.schedule();
    if (s.documents !== p.documents || s.activeId !== p.activeId) listTimer.schedule();
  });
  const saveAllNow = () => {
    store.getState().flushPendingEdits();
    textTimer.cancel();
    listTimer.cancel();
    saveText();
    saveList();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') saveAllNow();
  };
  addEventListener('pagehide', saveAllNow);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    textTimer.cancel();
    listTimer.cancel();
    removeEventListener('pagehide', saveAllNow);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Runs `run` `delayMs` after the first of a burst of calls (not pushed back by later ones). */
function debounced(run: () => void, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule: () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        run();
      }, delayMs);
    },
    cancel: () => {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
