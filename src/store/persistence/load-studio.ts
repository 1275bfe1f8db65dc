/** What start-up reads from storage: the open document as typed (the list loads with a lazy chunk). */
import type { StudioStore } from '../create-studio-store.ts';
import { AUTOSAVE_KEY } from './keys.ts';
import { checkAutosave, type SavedStudio } from './schema.ts';
import { browserStorage, readStored } from './storage-io.ts';

export interface LoadedStudio {
  autosave: SavedStudio | undefined;
  problems: string[];
}

export function loadStudio(storage = browserStorage()): LoadedStudio {
  const autosave = readStored(storage, AUTOSAVE_KEY, checkAutosave);
  return { autosave: autosave.value, problems: autosave.problems };
}

/** Notes in a freshly created store what start-up restored, for the workspace loader. */
export function hydrateStudio(store: StudioStore, loaded: LoadedStudio): void {
  store.setState({
    persistenceLoad: {
      restoredText: loaded.autosave !== undefined,
      autosavedDocumentId: loaded.autosave?.documentId,
      workspaceLoaded: false,
    },
  });
  store.getState().addPersistenceNotices(loaded.problems);
}
