/**
 * Saving the studio's state in the browser's storage — the open text and the documents list (what
 * start-up loads is in load-studio.ts), and the versions, in IndexedDB (versions-sync.ts): saving
 * as things change (debounced; started by the lazy workspace chunk), all of it at once when the page is
 * hidden or closed — the editors' held-back typing included. A failed write is reported in the store (`persistence.notSaved`), never
 * swallowed; the next successful write clears it.
 */
import type { StudioStore } from '../create-studio-store.ts';
import { isListAsStored } from '../workspace-slice.ts';
import { AUTOSAVE_KEY, AUTOSAVE_PLACES_KEY, WORKSPACE_KEY } from './storage-keys.ts';
import { textFingerprint, type SavedPlaces, type SavedStudio } from './schema.ts';
import { browserStorage, writeStored } from './storage-io.ts';
import { indexedDbVersionsBackend, type VersionsBackend } from './versions-db.ts';
import { startVersionsStorage } from './versions-sync.ts';

/** Typing is saved at most this long after it reached the store. */
const AUTOSAVE_DELAY_MS = 500;
/** Changes of the documents list (add, rename, switch, broadcast settings). */
const WORKSPACE_DELAY_MS = 300;

function autosaveOf(store: StudioStore): SavedStudio {
  const { text, positions, selectedId, activeId } = store.getState();
  return { text, positions, documentId: activeId, ...(selectedId ? { selectedId } : {}) };
}

function placesOf(store: StudioStore, text: string): SavedPlaces {
  const { positions, selectedId, activeId } = store.getState();
  return {
    text: textFingerprint(text),
    positions,
    documentId: activeId,
    ...(selectedId ? { selectedId } : {}),
  };
}

export function startPersistence(
  store: StudioStore,
  storage = browserStorage(),
  versionsBackend: VersionsBackend | undefined = indexedDbVersionsBackend(),
): () => void {
  // Keys whose last write failed: they are written again as soon as any write succeeds, so that the
  // "NOT saved" alert goes once storage works again, even when that key's value has not changed since.
  const failing = new Set<string>();
  /** Writes `key`; `alsoSaved` are keys whose content this write holds too (their failure is over). */
  const save = (key: string, value: () => unknown, alsoSaved: readonly string[] = []) => {
    const failure = writeStored(storage, key, value());
    store.getState().reportSaved(key, failure);
    if (failure !== undefined) return void failing.add(key);
    for (const done of [key, ...alsoSaved]) {
      failing.delete(done);
      store.getState().reportSaved(done, undefined);
    }
    for (const other of [...failing]) retry[other]?.();
  };
  // The text as stored now. When only positions or the selection changed, they are written apart: the
  // 1,000-question poll's autosave (1 MB of JSON) took 0.13–0.32 s to write on the 2-core dev machine,
  // once more after every drag or layout (issue 11 item 6).
  const load = store.getState().persistenceLoad;
  let stored =
    load.autosavedText === undefined
      ? undefined
      : { text: load.autosavedText, documentId: load.autosavedDocumentId };
  const saveText = () => {
    const { text, activeId } = store.getState();
    // (a save from before documents were kept in step names none: it is this one's)
    if (stored && stored.text === text && (stored.documentId ?? activeId) === activeId)
      return save(AUTOSAVE_PLACES_KEY, () => placesOf(store, text));
    // Known as stored before the write's retries of other keys run (they may save the text again).
    const previous = stored;
    stored = { text, documentId: activeId };
    save(AUTOSAVE_KEY, () => autosaveOf(store), [AUTOSAVE_PLACES_KEY]);
    if (failing.has(AUTOSAVE_KEY)) {
      stored = previous;
      return;
    }
    try {
      storage?.removeItem(AUTOSAVE_PLACES_KEY); // they are in the autosave now
    } catch {
      // left behind, they name another text's fingerprint: start-up ignores them
    }
  };
  // Never before the stored list was loaded: that would write the start-up list over it.
  const saveList = () => {
    if (store.getState().persistenceLoad.workspaceLoaded)
      save(WORKSPACE_KEY, () => store.getState().workspaceSnapshot());
  };
  // Versions are not in this storage: a full one there must not cost the text its place (issue 30).
  const versions = startVersionsStorage(store, versionsBackend, { legacy: storage });
  const retry: Record<string, () => void> = {
    [AUTOSAVE_KEY]: saveText,
    [AUTOSAVE_PLACES_KEY]: saveText,
    [WORKSPACE_KEY]: saveList,
  };
  const textTimer = debounced(saveText, AUTOSAVE_DELAY_MS);
  const listTimer = debounced(saveList, WORKSPACE_DELAY_MS);
  const timers = [textTimer, listTimer];

  const unsubscribe = store.subscribe((s, p) => {
    if (s.text !== p.text || s.positions !== p.positions || s.selectedId !== p.selectedId)
      textTimer.schedule();
    if (s.documents !== p.documents || s.activeId !== p.activeId) listTimer.schedule();
  });
  const saveAllNow = () => {
    store.getState().flushPendingEdits();
    timers.forEach((timer) => timer.cancel());
    saveText();
    saveList();
  };
  // Started after the page's first moments (a lazy chunk): what changed before is saved now. The list
  // was loaded just before (load-workspace.ts): written only if it changed since.
  textTimer.schedule();
  if (!isListAsStored(store.getState().documents)) listTimer.schedule();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') saveAllNow();
  };
  addEventListener('pagehide', saveAllNow);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    versions.stop();
    unsubscribe();
    timers.forEach((timer) => timer.cancel());
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
