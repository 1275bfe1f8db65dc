/**
 * Loads the stored documents list into the store (from the lazy workspace chunk, after start-up). The
 * autosaved text belongs to the document that was open when it was saved — another tab may have saved the
 * list with another document open since — and stays the open text; without an autosave, the list's open
 * document is shown.
 */
import type { StoreApi } from 'zustand';
import type { StudioStore } from '../create-studio-store.ts';
import { WORKSPACE_KEY } from './storage-keys.ts';
import { browserStorage, readStored } from './storage-io.ts';
import { checkWorkspace } from './workspace-schema.ts';

type Undoable = StudioStore & { temporal?: StoreApi<{ clear: () => void }> };

export function loadWorkspace(store: StudioStore, storage = browserStorage()): void {
  const state = store.getState();
  const load = state.persistenceLoad;
  if (load.workspaceLoaded) return;
  const { value: list, problems } = readStored(storage, WORKSPACE_KEY, checkWorkspace);
  if (list) {
    const openId = load.autosavedDocumentId;
    const activeId = openId && list.documents.some((d) => d.id === openId) ? openId : list.activeId;
    state.hydrateWorkspace({ ...list, activeId });
    const open = list.documents.find((d) => d.id === activeId);
    if (!load.restoredText && open) {
      state.replaceText(open.text, 'restore');
      store.setState({ positions: open.positions ?? {} });
      (store as Undoable).temporal?.getState().clear(); // an undo must not bring another document back
    }
  } else {
    state.showTestCallsOf(state.activeId);
  }
  store.setState({ persistenceLoad: { ...load, workspaceLoaded: true } });
  state.addPersistenceNotices(problems);
}
