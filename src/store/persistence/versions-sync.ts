/**
 * Versions kept in step with their store (versions-db.ts): loaded once at start-up (with those an
 * older studio kept in localStorage, moved over), then each new version written and each dropped one
 * deleted. When the browser's storage is full, the oldest automatic versions make room for a new one,
 * and the person is told which were dropped; a version that still does not fit stays in the list until
 * the page closes, marked and said. A version that could not be stored never makes the studio say the
 * text is not saved: the text is saved apart (start-persistence.ts).
 */
import type { StudioStore } from '../create-studio-store.ts';
import { isVersion, type Version, type VersionsByDocument } from '../versions-model.ts';
import { VERSIONS_KEY } from './storage-keys.ts';
import { readStored } from './storage-io.ts';
import type { StoredVersion, VersionsBackend } from './versions-db.ts';
import { checkSavedVersions } from './versions-storage.ts';

/** A new version is written this long after it was taken (a burst of them, one write pass). */
const WRITE_DELAY_MS = 300;

interface Held {
  documentId: string;
  version: Version;
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError';
}

function reason(error: unknown): string {
  if (isQuotaError(error)) return "the browser's storage for this page is full";
  return `the browser refused to store it (${error instanceof Error ? error.message : String(error)})`;
}

/** “Label” (the date it was taken), as a person finds it in the Versions list. */
export function nameOf(version: Version): string {
  const at = new Date(version.at);
  return `“${version.label}” (${Number.isNaN(at.getTime()) ? version.at : at.toLocaleString()})`;
}

/** The stored records, checked and grouped by document in the order they were stored. */
export function groupStored(records: readonly StoredVersion[]): {
  versions: VersionsByDocument;
  damaged: string[];
} {
  const versions: VersionsByDocument = {};
  const damaged: string[] = [];
  for (const record of [...records].sort((a, b) => a.seq - b.seq)) {
    if (!isVersion(record.version) || typeof record.documentId !== 'string') {
      damaged.push(String(record.id));
      continue;
    }
    (versions[record.documentId] ??= []).push(record.version);
  }
  return { versions, damaged };
}

/**
 * Which stored automatic version gives way first: the oldest that is not named, not the starting point
 * of its document, and not `keep`; then the oldest starting point. Named versions are never dropped.
 */
export function nextToDrop(stored: ReadonlyMap<string, Held>, keep: string): Held | undefined {
  const candidates = [...stored.values()].filter(
    (h) => h.version.id !== keep && h.version.kind !== 'named',
  );
  const byAge = (a: Held, b: Held) => a.version.at.localeCompare(b.version.at);
  const automatic = candidates.filter((h) => h.version.kind !== 'start').sort(byAge);
  return automatic[0] ?? candidates.sort(byAge)[0];
}

export interface VersionsStorageOptions {
  /** Where an older studio kept versions (localStorage): moved into the backend, then removed. */
  legacy?: Storage | undefined;
  /** Scheduling of the write pass (tests run it at once). */
  schedule?: (run: () => void) => () => void;
}

const later =
  (delayMs: number) =>
  (run: () => void): (() => void) => {
    const timer = setTimeout(run, delayMs);
    return () => clearTimeout(timer);
  };

/**
 * Loads the stored versions into the store, then keeps the backend in step with it. Returns the stop
 * function and a promise that settles when the writes asked for so far are done (for tests and
 * `pagehide`).
 */
export function startVersionsStorage(
  store: StudioStore,
  backend: VersionsBackend | undefined,
  options: VersionsStorageOptions = {},
): { stop: () => void; flush: () => Promise<void> } {
  const schedule = options.schedule ?? later(WRITE_DELAY_MS);
  const tell = (notice: string) => store.getState().addPersistenceNotices([notice]);
  /** What the backend holds, by version id (as far as this page knows). */
  const stored = new Map<string, Held>();
  /** Versions that could not be stored: not tried again (they stay until the page closes). */
  const unstorable = new Set<string>();
  let seq = 0;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let cancelScheduled: (() => void) | undefined;

  if (!backend) {
    if (store.getState().versionsLoaded) return { stop: () => {}, flush: () => Promise.resolve() };
    store.getState().hydrateVersions({});
    store.getState().keepStartingVersion('Opened');
    tell(
      'This browser does not let the studio store versions: they are kept until the page closes.',
    );
    return { stop: () => {}, flush: () => Promise.resolve() };
  }

  const held = (): Map<string, Held> => {
    const out = new Map<string, Held>();
    for (const [documentId, list] of Object.entries(store.getState().versions))
      for (const version of list) out.set(version.id, { documentId, version });
    return out;
  };

  /** Stores `item`, dropping the oldest automatic versions while the storage is full. */
  const store1 = async (item: Held): Promise<void> => {
    const dropped: Version[] = [];
    for (;;) {
      try {
        await backend.put({
          id: item.version.id,
          documentId: item.documentId,
          seq: ++seq,
          version: item.version,
        });
        stored.set(item.version.id, item);
        break;
      } catch (error) {
        const victim = isQuotaError(error) ? nextToDrop(stored, item.version.id) : undefined;
        if (!victim) {
          unstorable.add(item.version.id);
          store.getState().markVersionsUnstored([item.version.id]);
          tell(
            `The version ${nameOf(item.version)} could not be stored: ${reason(error)}. It stays in the Versions list until this page closes; your text itself is saved.`,
          );
          break;
        }
        await backend.remove([victim.version.id]);
        stored.delete(victim.version.id);
        dropped.push(victim.version);
      }
    }
    if (dropped.length > 0) {
      store.getState().dropVersions(dropped.map((v) => v.id));
      tell(
        `The browser's storage was full: to keep ${nameOf(item.version)}, ${dropped.length === 1 ? 'this older version was' : 'these older versions were'} dropped: ${dropped.map(nameOf).join(', ')}.`,
      );
    }
  };

  const writePass = async (): Promise<void> => {
    const wanted = held();
    const gone = [...stored.keys()].filter((id) => !wanted.has(id));
    if (gone.length > 0) {
      try {
        await backend.remove(gone);
        for (const id of gone) stored.delete(id);
      } catch {
        // tried again on the next pass; a stale version in storage is harmless
      }
    }
    for (const [id, item] of wanted) {
      if (stopped) return;
      if (!stored.has(id) && !unstorable.has(id)) await store1(item);
    }
  };
  const flush = (): Promise<void> => {
    cancelScheduled?.();
    cancelScheduled = undefined;
    running = running.then(writePass, writePass);
    return running;
  };
  const requestWrite = () => {
    cancelScheduled ??= schedule(() => {
      cancelScheduled = undefined;
      void flush();
    });
  };

  const load = async () => {
    let records: StoredVersion[] = [];
    try {
      records = await backend.readAll();
    } catch (error) {
      if (!stopped) tell(`The saved versions could not be read (${reason(error)}).`);
    }
    if (stopped) return; // (React StrictMode's first mount: the second one loads)
    const { versions, damaged } = groupStored(records);
    seq = records.reduce((max, r) => Math.max(max, Number(r.seq) || 0), 0);
    for (const [documentId, list] of Object.entries(versions))
      for (const version of list) stored.set(version.id, { documentId, version });
    if (damaged.length > 0) {
      tell(
        `${damaged.length} saved version${damaged.length === 1 ? ' was' : 's were'} damaged and left out; the others are kept.`,
      );
      void backend.remove(damaged).catch(() => {});
    }
    // Versions an older studio kept in localStorage join them (written by the first pass), and leave
    // localStorage, where they crowded out the text.
    const legacy = readStored(options.legacy, VERSIONS_KEY, checkSavedVersions);
    store.getState().addPersistenceNotices(legacy.problems);
    store.getState().hydrateVersions(mergeOlderFirst(legacy.value ?? {}, versions));
    store.getState().keepStartingVersion('Opened');
    await writePass(); // (not flush(): that would wait for this load)
    if (legacy.value && !stopped) {
      try {
        options.legacy?.removeItem(VERSIONS_KEY);
      } catch {
        // left where it was: read (and ignored as already moved) again next time
      }
    }
  };

  const unsubscribe = store.subscribe((s, p) => {
    if (s.versions !== p.versions && s.versionsLoaded) requestWrite();
  });
  const onHide = () => void flush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  running = load();
  return {
    stop: () => {
      stopped = true;
      unsubscribe();
      cancelScheduled?.();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    },
    flush: () => running.then(flush),
  };
}

/** The versions of `older` (localStorage's) before those of `newer`, each id once. */
function mergeOlderFirst(older: VersionsByDocument, newer: VersionsByDocument): VersionsByDocument {
  const out: VersionsByDocument = { ...newer };
  for (const [id, list] of Object.entries(older)) {
    const known = new Set((newer[id] ?? []).map((v) => v.id));
    out[id] = [...list.filter((v) => !known.has(v.id)), ...(newer[id] ?? [])];
  }
  return out;
}
