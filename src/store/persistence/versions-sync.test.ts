import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from '../create-studio-store.ts';
import { savedVersions, type Version } from '../versions-model.ts';
import { VERSIONS_KEY } from './storage-keys.ts';
import { startPersistence } from './start-persistence.ts';
import { stubPageEvents } from './page-events.test-support.ts';
import { memoryStorage } from './memory-storage.test-support.ts';
import { memoryVersionsBackend } from './versions-backend.test-support.ts';
import type { VersionsBackend } from './versions-db.ts';
import { startVersionsStorage } from './versions-sync.ts';

afterEach(() => vi.unstubAllGlobals());

const TEXT = '<dialplan><play name="Hello">Hi</play><hangup/></dialplan>';
const BIG = `<dialplan><play name="Hello">${'word '.repeat(2000)}</play></dialplan>`;

const version = (id: string, kind: Version['kind'] = 'named', text = TEXT): Version => ({
  id,
  kind,
  label: id,
  at: `2026-12-01T05:00:${String(id.length).padStart(2, '0')}Z`,
  text,
});

/** A store as start-up makes it: its stored versions not read yet. */
function startingStore(text = TEXT) {
  const store = createStudioStore({ initialText: text, scheduleValidation: () => () => {} });
  store.setState({ versionsLoaded: false });
  return store;
}

const soon = (run: () => void) => {
  let live = true;
  queueMicrotask(() => live && run());
  return () => void (live = false);
};

function start(
  store = startingStore(),
  backend: VersionsBackend = memoryVersionsBackend(),
  legacy?: Storage,
) {
  stubPageEvents();
  return { store, sync: startVersionsStorage(store, backend, { legacy, schedule: soon }) };
}

const labels = (store: ReturnType<typeof startingStore>) =>
  (store.getState().versions.default ?? []).map((v) => v.label);

describe('versions in their own storage', () => {
  it('loads the stored versions in the order they were kept, and keeps no second starting point', async () => {
    const backend = memoryVersionsBackend();
    const first = start(startingStore(), backend);
    await first.sync.flush();
    first.store.getState().recordVersion('named', 'Wave 1');
    first.store.getState().recordVersion('sent', 'Broadcast JSON copied');
    await first.sync.flush();
    first.sync.stop();
    expect(labels(first.store)).toEqual(['Opened', 'Wave 1', 'Broadcast JSON copied']);

    const again = start(startingStore(), backend);
    await again.sync.flush();
    expect(labels(again.store)).toEqual(['Opened', 'Wave 1', 'Broadcast JSON copied']);
    expect(again.store.getState().persistence.notices).toEqual([]);
  });

  it('deletes a version the list no longer holds', async () => {
    const backend = memoryVersionsBackend();
    const { store, sync } = start(startingStore(), backend);
    store.getState().hydrateVersions({});
    await sync.flush();
    const opened = store.getState().versions.default?.[0];
    store.getState().dropVersions([opened?.id ?? '']);
    await sync.flush();
    expect(backend.records.size).toBe(0);
  });

  it('moves versions an older studio kept in localStorage, and frees that key', async () => {
    const legacy = memoryStorage();
    legacy.setItem(VERSIONS_KEY, JSON.stringify(savedVersions({ default: [version('old')] })));
    const backend = memoryVersionsBackend();
    const { store, sync } = start(startingStore(), backend, legacy);
    await sync.flush();
    expect(labels(store)).toEqual(['old']);
    expect([...backend.records.keys()]).toEqual(['old']);
    expect(legacy.getItem(VERSIONS_KEY)).toBeNull();
  });

  it('storage full: the oldest automatic versions make room, and the person is told which', async () => {
    const backend = memoryVersionsBackend();
    const { store, sync } = start(startingStore(BIG), backend);
    await sync.flush(); // "Opened"
    store.getState().recordVersion('named', 'Kept by name');
    store.getState().setText(BIG + ' ', 'editor');
    store.getState().recordVersion('auto', 'While editing');
    await sync.flush();
    // full: room for a little more, not for another copy of the text
    backend.quota =
      [...backend.records.values()].reduce((n, r) => n + JSON.stringify(r).length, 0) + 100;
    store.getState().setText(BIG + '  ', 'editor');
    store.getState().recordVersion('sent', 'One line copied');
    await sync.flush();

    expect(labels(store)).toEqual(['Opened', 'Kept by name', 'One line copied']);
    expect([...backend.records.values()].map((r) => (r.version as Version).label).sort()).toEqual([
      'Kept by name',
      'One line copied',
      'Opened',
    ]);
    const [notice] = store.getState().persistence.notices;
    expect(notice).toContain('to keep “One line copied”');
    expect(notice).toContain('this older version was dropped: “While editing”');
    expect(store.getState().persistence.notSaved).toBeUndefined();
  });

  it('a version that still does not fit stays until the page closes, said, and the text is saved', async () => {
    const storage = memoryStorage();
    const backend = memoryVersionsBackend(0);
    const store = startingStore(BIG);
    stubPageEvents();
    const stop = startPersistence(store, storage, backend);
    await vi.waitFor(() => expect(labels(store)).toEqual(['Opened']));
    await vi.waitFor(() => expect(store.getState().unstoredVersionIds).toHaveLength(1));
    store.getState().setText(BIG + ' ', 'editor');
    await vi.waitFor(() =>
      expect(storage.getItem('dialplan-studio:autosave:v1')).toContain('word'),
    );
    expect(store.getState().persistence.notSaved).toBeUndefined();
    expect(store.getState().persistence.notices).toEqual([
      expect.stringMatching(
        /^The version “Opened” \(.*\) could not be stored: the browser's storage for this page is full\. It stays in the Versions list until this page closes; your text itself is saved\.$/,
      ),
    ]);
    stop();
  });

  it('StrictMode: started, stopped and started again, the versions load once', async () => {
    const backend = memoryVersionsBackend();
    const store = startingStore();
    const first = start(store, backend);
    first.sync.stop();
    const second = start(store, backend);
    await second.sync.flush();
    await first.sync.flush();
    expect(labels(store)).toEqual(['Opened']);
    expect(backend.records.size).toBe(1);
  });

  it('a damaged record is left out and said; unreadable storage is said', async () => {
    const backend = memoryVersionsBackend();
    backend.records.set('x', { id: 'x', documentId: 'default', seq: 1, version: { id: 3 } });
    backend.records.set('ok', { id: 'ok', documentId: 'default', seq: 2, version: version('ok') });
    const { store, sync } = start(startingStore(), backend);
    await sync.flush();
    expect(labels(store)).toEqual(['ok']);
    expect(store.getState().persistence.notices).toEqual([
      '1 saved version was damaged and left out; the others are kept.',
    ]);

    const broken = memoryVersionsBackend();
    broken.failReads = true;
    const other = start(startingStore(), broken);
    await other.sync.flush();
    expect(other.store.getState().persistence.notices[0]).toMatch(
      /^The saved versions could not be read/,
    );
  });

  it('without IndexedDB, versions are kept in the page and the person is told', () => {
    stubPageEvents();
    const store = startingStore();
    startVersionsStorage(store, undefined);
    expect(labels(store)).toEqual(['Opened']);
    expect(store.getState().persistence.notices[0]).toContain('kept until the page closes');
  });

  it('for any versions and quota: each is stored or marked, named ones are never dropped', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            kind: fc.constantFrom<Version['kind']>('auto', 'sent', 'named', 'import'),
            size: fc.integer({ min: 0, max: 3000 }),
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 0, max: 20_000 }),
        async (takes, quota) => {
          const backend = memoryVersionsBackend(quota);
          const { store, sync } = start(startingStore(), backend);
          await sync.flush();
          const named: string[] = [];
          for (const [i, take] of takes.entries()) {
            store.getState().setText(`<dialplan>${'x'.repeat(take.size)}${i}</dialplan>`, 'editor');
            const v = store.getState().recordVersion(take.kind, `v${i}`);
            if (v?.kind === 'named') named.push(v.id);
            await sync.flush();
          }
          sync.stop();
          const held = store.getState().versions.default ?? [];
          const unstored = new Set(store.getState().unstoredVersionIds);
          for (const v of held) expect(backend.records.has(v.id) || unstored.has(v.id)).toBe(true);
          for (const id of backend.records.keys()) expect(held.some((v) => v.id === id)).toBe(true);
          for (const id of named) expect(held.some((v) => v.id === id)).toBe(true);
          expect(store.getState().persistence.notSaved).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});
