/** For tests: a Storage in memory; set `full` to make every write throw like a browser whose quota is used up. */
export function memoryStorage(full = false): Storage & { full: boolean } {
  const items = new Map<string, string>();
  return {
    full,
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem(k, v) {
      if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(k, v);
    },
  };
}
