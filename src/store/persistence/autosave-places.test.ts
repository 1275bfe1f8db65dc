import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from '../create-studio-store.ts';
import { AUTOSAVE_KEY, AUTOSAVE_PLACES_KEY, WORKSPACE_KEY } from './storage-keys.ts';
import { hydrateStudio, loadStudio } from './load-studio.ts';
import { loadWorkspace } from './load-workspace.ts';
import { textFingerprint } from './schema.ts';
import { startPersistence } from './start-persistence.ts';
import { memoryStorage } from './memory-storage.test-support.ts';
import { stubPageEvents } from './page-events.test-support.ts';

afterEach(() => vi.unstubAllGlobals());

const TEXT = '<dialplan><play name="Hello">Hi</play><hangup/></dialplan>';

/** Counts the writes of each key. */
function countingStorage() {
  const storage = memoryStorage();
  const writes = new Map<string, number>();
  const setItem = storage.setItem.bind(storage);
  storage.setItem = (key, value) => {
    writes.set(key, (writes.get(key) ?? 0) + 1);
    setItem(key, value);
  };
  return { storage, writes };
}

describe('autosave: positions apart from their text', () => {
  it('writes only the positions when the text is unchanged, and start-up reads both back', () => {
    const { storage, writes } = countingStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: TEXT, positions: {} }));
    writes.clear();
    const store = createStudioStore({ initialText: TEXT });
    hydrateStudio(store, loadStudio(storage));
    const hidePage = stubPageEvents();
    const stop = startPersistence(store, storage);
    store.getState().setPositions({ 'dialplan/play': { x: 10, y: 20 } });
    hidePage();
    stop();
    expect(writes.get(AUTOSAVE_KEY)).toBeUndefined();
    expect(writes.get(AUTOSAVE_PLACES_KEY)).toBe(1);
    const loaded = loadStudio(storage).autosave;
    expect(loaded?.text).toBe(TEXT);
    expect(loaded?.positions).toEqual({ 'dialplan/play': { x: 10, y: 20 } });
  });

  it('writes the text whole when it changed, and drops the positions kept apart', () => {
    const { storage, writes } = countingStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: TEXT, positions: {} }));
    const store = createStudioStore({ initialText: TEXT });
    hydrateStudio(store, loadStudio(storage));
    const hidePage = stubPageEvents();
    const stop = startPersistence(store, storage);
    store.getState().setPositions({ 'dialplan/play': { x: 10, y: 20 } });
    hidePage();
    writes.clear();
    const edited = TEXT.replace('Hi', 'Hello there');
    store.getState().setText(edited);
    hidePage();
    stop();
    expect(writes.get(AUTOSAVE_KEY)).toBe(1);
    expect(storage.getItem(AUTOSAVE_PLACES_KEY)).toBeNull();
    expect(loadStudio(storage).autosave).toMatchObject({
      text: edited,
      positions: { 'dialplan/play': { x: 10, y: 20 } },
    });
  });

  it('ignores positions saved for another text (a crash between two writes)', () => {
    const storage = memoryStorage();
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: TEXT, positions: { a: { x: 1, y: 1 } } }));
    storage.setItem(
      AUTOSAVE_PLACES_KEY,
      JSON.stringify({ text: textFingerprint('<dialplan/>'), positions: { a: { x: 9, y: 9 } } }),
    );
    expect(loadStudio(storage).autosave?.positions).toEqual({ a: { x: 1, y: 1 } });
  });
});

/** The studio started on the autosaved TEXT, saving to a storage in memory. */
function startedOnSavedText() {
  const storage = memoryStorage();
  storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: TEXT, positions: {} }));
  const store = createStudioStore({ initialText: TEXT });
  hydrateStudio(store, loadStudio(storage));
  const hidePage = stubPageEvents();
  const stop = startPersistence(store, storage);
  return { storage, store, hidePage, stop };
}

describe('autosave with a full storage', () => {
  it('says so until a write gets through, whether the text or only the positions failed', () => {
    const { storage, store, hidePage, stop } = startedOnSavedText();
    storage.full = true;
    store.getState().setPositions({ 'dialplan/play': { x: 1, y: 2 } });
    hidePage(); // only the positions: their write fails
    expect(store.getState().persistence.notSaved).toBeDefined();
    const edited = TEXT.replace('Hi', 'Typed while full');
    store.getState().setText(edited);
    hidePage(); // the text: fails too
    expect(store.getState().persistence.notSaved).toBeDefined();
    storage.full = false;
    store.getState().setText(edited.replace('Typed', 'Saved'));
    hidePage(); // the whole autosave holds the positions too
    stop();
    expect(store.getState().persistence.notSaved).toBeUndefined();
    expect(loadStudio(storage).autosave).toMatchObject({
      text: edited.replace('Typed', 'Saved'),
      positions: { 'dialplan/play': { x: 1, y: 2 } },
    });
  });

  it('a text whose write failed is written whole next time, not only its positions', () => {
    const { storage, store, hidePage, stop } = startedOnSavedText();
    storage.full = true;
    const edited = TEXT.replace('Hi', 'Typed while full');
    store.getState().setText(edited);
    hidePage();
    storage.full = false;
    store.getState().setPositions({ 'dialplan/play': { x: 3, y: 4 } });
    hidePage();
    stop();
    expect(store.getState().persistence.notSaved).toBeUndefined();
    expect(loadStudio(storage).autosave?.text).toBe(edited);
  });
});

describe('textFingerprint', () => {
  it('tells texts apart by length and content', () => {
    expect(textFingerprint(TEXT)).toBe(textFingerprint(`${TEXT}`));
    expect(textFingerprint(TEXT)).not.toBe(textFingerprint(TEXT.replace('Hi', 'Ho')));
    expect(textFingerprint('')).toMatch(/^0:/);
  });
});

describe('the documents list at start-up', () => {
  it('is not written again when nothing changed it, and is when a document is added', () => {
    vi.useFakeTimers();
    try {
      const { storage, writes } = countingStorage();
      storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: TEXT, positions: {} }));
      const store = createStudioStore({ initialText: TEXT });
      hydrateStudio(store, loadStudio(storage));
      loadWorkspace(store, storage);
      stubPageEvents();
      const stop = startPersistence(store, storage);
      vi.advanceTimersByTime(2000);
      // the untouched default list: the next start builds the same one
      expect(writes.get(WORKSPACE_KEY)).toBeUndefined();
      store.getState().newDocument('Second');
      vi.advanceTimersByTime(2000);
      expect(writes.get(WORKSPACE_KEY)).toBe(1);
      stop();

      // started again on the stored list: loaded, unchanged, not written
      writes.clear();
      const again = createStudioStore({ initialText: TEXT });
      hydrateStudio(again, loadStudio(storage));
      loadWorkspace(again, storage);
      expect(again.getState().documents.map((d) => d.name)).toEqual(['Political poll', 'Second']);
      const stopAgain = startPersistence(again, storage);
      vi.advanceTimersByTime(2000);
      expect(writes.get(WORKSPACE_KEY)).toBeUndefined();
      again.getState().renameDocument(again.getState().activeId, 'Renamed');
      vi.advanceTimersByTime(2000);
      expect(writes.get(WORKSPACE_KEY)).toBe(1);
      stopAgain();
    } finally {
      vi.useRealTimers();
    }
  });
});
