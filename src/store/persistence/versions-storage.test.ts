import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from '../create-studio-store.ts';
import { savedVersions, type Version } from '../versions-model.ts';
import { memoryStorage } from './test-storage.ts';
import { stubPageEvents } from './test-page-events.ts';
import { SET_ASIDE_PREFIX, VERSIONS_KEY } from './keys.ts';
import { startPersistence } from './start-persistence.ts';
import { checkSavedVersions, loadVersions } from './versions-storage.ts';

const version = (id: string): Version => ({
  id,
  kind: 'named',
  label: id,
  at: '2026-12-01T05:00:00Z',
  text: `<dialplan><!-- ${id} --></dialplan>`,
});

afterEach(() => vi.unstubAllGlobals());

describe('stored versions', () => {
  it('keeps the good entries of a damaged list and says how many were left out', () => {
    const checked = checkSavedVersions({
      version: 1,
      documents: { a: [version('v1'), { id: 3 }, null], b: 'nonsense' },
    });
    expect(checked.value).toEqual({ a: [version('v1')] });
    expect(checked.problems).toEqual([
      '3 saved versions were damaged and left out; the others are kept.',
    ]);
  });

  it('sets a value that is not a versions list aside and reports it', () => {
    const storage = memoryStorage();
    storage.setItem(VERSIONS_KEY, '{not json');
    const store = createStudioStore({ initialText: '<dialplan/>' });
    loadVersions(store, storage);
    // nothing could be read: the open text is its starting point
    expect(store.getState().versions.default?.map((v) => v.label)).toEqual(['Opened']);
    expect(store.getState().persistence.notices[0]).toContain(
      'The saved versions could not be read',
    );
    expect(storage.getItem(SET_ASIDE_PREFIX + VERSIONS_KEY)).toBe('{not json');
  });

  it('keeps versions taken before the stored ones loaded, after them', () => {
    const storage = memoryStorage();
    storage.setItem(VERSIONS_KEY, JSON.stringify(savedVersions({ default: [version('old')] })));
    const store = createStudioStore({ initialText: '<dialplan/>' });
    store.getState().hydrateVersions({ default: [version('new')] });
    loadVersions(store, storage);
    expect(store.getState().versions.default?.map((v) => v.id)).toEqual(['old', 'new']);
  });

  it('says the work is NOT saved when versions cannot be written, and clears it once they are', () => {
    const storage = memoryStorage();
    const store = createStudioStore({ initialText: '<dialplan/>' });
    const hidePage = stubPageEvents();
    const stop = startPersistence(store, storage);
    storage.full = true;
    store.getState().recordVersion('named', 'Before the recording');
    hidePage();
    expect(store.getState().persistence.notSaved).toBe(
      "the browser's storage for this page is full",
    );
    storage.full = false;
    hidePage();
    expect(store.getState().persistence.notSaved).toBeUndefined();
    expect(JSON.parse(storage.getItem(VERSIONS_KEY) ?? '{}').documents.default.at(-1).label).toBe(
      'Before the recording',
    );
    stop();
  });
});
