/**
 * Reading and writing stored values through their checks. Never throws: storage can be disabled, full,
 * or hold anything another version (or a person with DevTools) wrote.
 */
import { SET_ASIDE_PREFIX } from './storage-keys.ts';
import type { Checked } from './schema.ts';

export interface Read<T> {
  value: T | undefined;
  /** What could not be kept, for the user; empty when all was well (or nothing was stored). */
  problems: string[];
}

/** `localStorage`, or undefined where touching it throws (storage disabled by the browser). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps a value that failed its check where nothing overwrites it, so it can still be recovered. */
function setAside(storage: Storage, key: string, raw: string): string {
  const backupKey = SET_ASIDE_PREFIX + key;
  try {
    storage.setItem(backupKey, raw);
    return ` The damaged value is kept in the browser's storage under “${backupKey}”.`;
  } catch {
    return '';
  }
}

export function readStored<T>(
  storage: Storage | undefined,
  key: string,
  check: (value: unknown) => Checked<T>,
): Read<T> {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return { value: undefined, problems: ['The browser refused to read its storage.'] };
  }
  if (raw === null) return { value: undefined, problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const checked = check(parsed);
  if (checked.problems.length === 0) return checked;
  const where = storage ? setAside(storage, key, raw) : '';
  return {
    value: checked.value,
    problems: checked.problems.map((p, i) => (i === 0 ? p + where : p)),
  };
}

/** Undefined when written; otherwise why not, in words for the user. */
export function writeStored(
  storage: Storage | undefined,
  key: string,
  value: unknown,
): string | undefined {
  if (!storage) return 'the browser does not allow this page to use its storage';
  try {
    storage.setItem(key, JSON.stringify(value));
    return undefined;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return name === 'QuotaExceededError'
      ? "the browser's storage for this page is full"
      : `the browser refused to store it (${error instanceof Error ? error.message : String(error)})`;
  }
}
