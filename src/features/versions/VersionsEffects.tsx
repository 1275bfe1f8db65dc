import { useEffect } from 'react';
import { useStudioStore, type StudioStore } from '../../store/index.ts';
import { suiteLink } from '../simulator/index.ts';
/** An automatic snapshot this long after the first edit since the last one ("every few minutes"). */
export const AUTO_SNAPSHOT_MS = 3 * 60 * 1000;

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

/**
 * Versions taken every few minutes of editing, each with the document's test suite. (They are stored with the workspace by the persistence
 * module, store/persistence/.)
 */
export function VersionsEffects() {
  const store = useStudioStore();
  useEffect(() => snapshotWhileEditing(store), [store]);
  useEffect(() => {
    store.getState().linkSuites(suiteLink);
    return () => store.getState().linkSuites(undefined);
  }, [store]);
  return null;
}
