/**
 * Autosave to localStorage: the text exactly as typed (even when it does not parse), node positions and
 * the selection. Saved at most every 500 ms while things change and when the page is hidden, so at most
 * a second of typing is lost (the editor itself hands text to the store after 120 ms of idle).
 */
import type { Positions, StudioStore } from '../store/index.ts';

export const AUTOSAVE_KEY = 'dialplan-studio:autosave:v1';
const SAVE_INTERVAL_MS = 500;

export interface SavedStudio {
  text: string;
  positions: Positions;
  selectedId?: string;
}

export function loadSaved(storage: Storage = localStorage): SavedStudio | undefined {
  try {
    const raw = storage.getItem(AUTOSAVE_KEY);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Partial<SavedStudio>;
    if (typeof saved.text !== 'string') return undefined;
    return {
      text: saved.text,
      positions: saved.positions ?? {},
      ...(typeof saved.selectedId === 'string' ? { selectedId: saved.selectedId } : {}),
    };
  } catch {
    return undefined;
  }
}

export function startAutosave(store: StudioStore, storage: Storage = localStorage): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const { text, positions, selectedId } = store.getState();
    const saved: SavedStudio = { text, positions, ...(selectedId ? { selectedId } : {}) };
    try {
      storage.setItem(AUTOSAVE_KEY, JSON.stringify(saved));
    } catch {
      // Quota exceeded or storage disabled: the studio keeps working, only without autosave.
    }
  };
  // Serialising half a megabyte takes a few ms: do it when the page is idle, not during a sync frame.
  const saveWhenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(save, { timeout: 400 });
    else save();
  };
  const unsubscribe = store.subscribe((s, p) => {
    const changed =
      s.text !== p.text || s.positions !== p.positions || s.selectedId !== p.selectedId;
    if (changed && timer === undefined) timer = setTimeout(saveWhenIdle, SAVE_INTERVAL_MS);
  });
  const onHide = () => save();
  addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    removeEventListener('pagehide', onHide);
    if (timer !== undefined) clearTimeout(timer);
  };
}
