/**
 * Where versions are kept: the browser's IndexedDB, one record per version. Its quota is a share of the
 * disk, not localStorage's few megabytes shared with the open text and the documents list: thirty
 * versions of a 1 MB dialplan used to fill localStorage, and then the text could not be saved either
 * (issue 30 item 10). Plain IndexedDB: four requests do not need a wrapper library.
 */

/** A version as stored: the version itself is checked when read (`isVersion`). */
export interface StoredVersion {
  id: string;
  documentId: string;
  /** The order versions were stored in (they load in this order). */
  seq: number;
  version: unknown;
}

/** The store of versions, as `startVersionsStorage` uses it (tests use `memoryVersionsBackend`). */
export interface VersionsBackend {
  readAll(): Promise<StoredVersion[]>;
  /** Rejects when the version cannot be stored (a full quota: a `QuotaExceededError`). */
  put(record: StoredVersion): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

const DB_NAME = 'dialplan-studio';
const DB_VERSION = 1;
const STORE = 'versions';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves once the transaction is committed (a write is only kept then). */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('Aborted', 'AbortError'));
  });
}

function openDatabase(onClosed: () => void): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, DB_VERSION);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE))
      open.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  return request(open).then((db) => {
    // another tab upgrades or deletes the database: let go of it (the next write opens it again)
    db.onversionchange = () => {
      db.close();
      onClosed();
    };
    return db;
  });
}

/** The IndexedDB store of versions; undefined where the browser has no IndexedDB. */
export function indexedDbVersionsBackend(): VersionsBackend | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  let db: Promise<IDBDatabase> | undefined;
  const database = () => (db ??= openDatabase(() => (db = undefined)));
  return {
    readAll: async () => {
      const tx = (await database()).transaction(STORE, 'readonly');
      return (await request(tx.objectStore(STORE).getAll())) as StoredVersion[];
    },
    put: async (record) => {
      const tx = (await database()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(record);
      await done(tx);
    },
    remove: async (ids) => {
      if (ids.length === 0) return;
      const tx = (await database()).transaction(STORE, 'readwrite');
      for (const id of ids) tx.objectStore(STORE).delete(id);
      await done(tx);
    },
  };
}
