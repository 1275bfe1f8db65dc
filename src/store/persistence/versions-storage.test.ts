import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from '../create-studio-store.ts';
import type { Version } from '../versions-model.ts';
import { memoryStorage } from './memory-storage.test-support.ts';
import { stubPageEvents } from './page-events.test-support.ts';
import { SET_ASIDE_PREFIX, VERSIONS_KEY } from './storage-keys.ts';
import { memoryVersionsBackend } from './versions-backend.test-support.ts';
import { checkSavedVersions } from './versions-storage.ts';
import { startVersionsStorage } from './versions-sync.ts';

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

  it('sets a localStorage value that is not a versions list aside and reports it', async () => {
    stubPageEvents();
    const storage = memoryStorage();
    storage.setItem(VERSIONS_KEY, '{not json');
    const store = createStudioStore({ initialText: '<dialplan/>' });
    const sync = startVersionsStorage(store, memoryVersionsBackend(), { legacy: storage });
    await sync.flush();
    // nothing could be read: the open text is its starting point
    expect(store.getState().versions.default?.map((v) => v.label)).toEqual(['Opened']);
    expect(store.getState().persistence.notices[0]).toContain(
      'The saved versions could not be read',
    );
    expect(storage.getItem(SET_ASIDE_PREFIX + VERSIONS_KEY)).toBe('{not json');
  });
});
