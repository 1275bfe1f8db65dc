import type { StoredVersion, VersionsBackend } from './versions-db.ts';

/**
 * For tests: a versions store in memory. `quota` (characters of version text) makes a write that would
 * pass it fail like a full browser storage; `records` is what it holds.
 */
export function memoryVersionsBackend(quota = Infinity): VersionsBackend & {
  records: Map<string, StoredVersion>;
  quota: number;
  failReads: boolean;
} {
  const records = new Map<string, StoredVersion>();
  const size = (r: StoredVersion) => JSON.stringify(r).length;
  const used = () => [...records.values()].reduce((sum, r) => sum + size(r), 0);
  return {
    records,
    quota,
    failReads: false,
    async readAll() {
      if (this.failReads) throw new DOMException('The database is closed.', 'InvalidStateError');
      return [...records.values()].map((r) => structuredClone(r));
    },
    async put(record) {
      const before = records.get(record.id);
      if (used() - (before ? size(before) : 0) + size(record) > this.quota)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      records.set(record.id, structuredClone(record));
    },
    async remove(ids) {
      for (const id of ids) records.delete(id);
    },
  };
}
