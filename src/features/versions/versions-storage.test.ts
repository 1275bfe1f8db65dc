import { describe, expect, it } from 'vitest';
import { loadVersions, saveVersions, VERSIONS_STORAGE_KEY } from './versions-storage.ts';

function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
  };
}

const versions = {
  default: [
    {
      id: 'v1',
      kind: 'sent' as const,
      label: 'copied',
      at: '2026-12-01T05:00:00Z',
      text: '<dialplan/>',
    },
  ],
};

describe('versions storage', () => {
  it('saves and loads the versions of every document', () => {
    const storage = memoryStorage();
    expect(saveVersions(storage, versions)).toBe(true);
    expect(loadVersions(storage)).toEqual(versions);
  });

  it('ignores damaged JSON and reports a full storage', () => {
    const storage = memoryStorage();
    storage.setItem(VERSIONS_STORAGE_KEY, '{not json');
    expect(loadVersions(storage)).toBeUndefined();
    expect(saveVersions(memoryStorage(true), versions)).toBe(false);
  });
});
