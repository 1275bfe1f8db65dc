import { useEffect } from 'react';
import { useStudioStore, type StudioStore } from '../../store/index.ts';
import { loadVersions, saveVersions } from './versions-storage.ts';

const SAVE_DELAY_MS = 300;
/** An automatic snapshot this long after the first edit since the last one ("every few minutes"). */
export const AUTO_SNAPSHOT_MS = 3 * 60 * 1000;

/** Restores the saved versions, then saves them (debounced) whenever the list changes. */
function persistVersions(store: StudioStore): () => void {
  const saved = loadVersions(localStorage);
  if (saved) store.getState().hydrateVersions(saved);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => saveVersions(localStorage, store.getState().versions);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.versions === previous.versions) return;
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
  };
}

/** Takes an automatic snapshot a few minutes into each stretch of editing. */
function snapshotWhileEditing(store: StudioStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.text === previous.text || state.textOrigin === 'restore' || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      store.getState().recordVersion('auto', 'While editing');
    }, AUTO_SNAPSHOT_MS);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

/** Versions kept with the workspace: loaded and saved, and taken every few minutes of editing. */
export function VersionsEffects() {
  const store = useStudioStore();
  useEffect(() => {
    const stopPersisting = persistVersions(store);
    const stopSnapshots = snapshotWhileEditing(store);
    return () => {
      stopPersisting();
      stopSnapshots();
    };
  }, [store]);
  return null;
}
