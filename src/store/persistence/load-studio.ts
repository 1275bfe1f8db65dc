/** What start-up reads from storage: the open document as typed (the list loads with a lazy chunk). */
import type { StudioStore } from '../create-studio-store.ts';
import { AUTOSAVE_KEY, AUTOSAVE_PLACES_KEY } from './storage-keys.ts';
import { checkAutosave, checkPlaces, withPlaces, type SavedStudio } from './schema.ts';
import { browserStorage, readStored } from './storage-io.ts';

export interface LoadedStudio {
  autosave: SavedStudio | undefined;
  problems: string[];
}

export function loadStudio(storage = browserStorage()): LoadedStudio {
  const autosave = readStored(storage, AUTOSAVE_KEY, checkAutosave);
  if (!autosave.value) return { autosave: undefined, problems: autosave.problems };
  const places = readStored(storage, AUTOSAVE_PLACES_KEY, checkPlaces);
  return {
    autosave: withPlaces(autosave.value, places.value),
    problems: [...autosave.problems, ...places.problems],
  };
}

/** Notes in a freshly created store what start-up restored, for the workspace loader. */
export function hydrateStudio(store: StudioStore, loaded: LoadedStudio): void {
  store.setState({
    persistenceLoad: {
      restoredText: loaded.autosave !== undefined,
      autosavedDocumentId: loaded.autosave?.documentId,
      ...(loaded.autosave ? { autosavedText: loaded.autosave.text } : {}),
      workspaceLoaded: false,
    },
    versionsLoaded: false, // read with the workspace (start-persistence.ts)
  });
  store.getState().addPersistenceNotices(loaded.problems);
}
