/**
 * Versions of a document: snapshots of its text, taken automatically (when it is opened or created —
 * its starting point —, sent — copied or downloaded from Export —, imported, or every few minutes of
 * editing) or named on request. A document
 * keeps at most `MAX_VERSIONS`; the oldest automatic ones are dropped first, named ones last.
 */

import type { TestSuite } from '../core/index.ts';

export type VersionKind = 'start' | 'sent' | 'import' | 'auto' | 'named';

export interface Version {
  id: string;
  kind: VersionKind;
  /** What it is: the user's name, or what was exported / imported. */
  label: string;
  /** When it was taken (ISO 8601). */
  at: string;
  text: string;
  /**
   * The document's test suite when the version was taken (absent in versions taken before suites were
   * kept with them, or before the studio's suite store was linked).
   */
  suite?: TestSuite;
}

/** Versions per document id. */
export type VersionsByDocument = Record<string, Version[]>;

export const MAX_VERSIONS = 30;

const KINDS: readonly VersionKind[] = ['start', 'sent', 'import', 'auto', 'named'];

/** Whether two versions hold the same text and the same test suite. */
export function sameContent(a: Version, b: Version): boolean {
  return a.text === b.text && JSON.stringify(a.suite) === JSON.stringify(b.suite);
}

/**
 * The list with `version` added (oldest first); an automatic snapshot of unchanged text and suite is
 * skipped.
 */
export function withVersion(
  list: readonly Version[],
  version: Version,
  max = MAX_VERSIONS,
): readonly Version[] {
  const last = list.at(-1);
  if (version.kind === 'auto' && last && sameContent(last, version)) return list;
  const out = [...list, version];
  while (out.length > max) {
    const oldestAutomatic = out.findIndex((v) => v.kind !== 'named');
    out.splice(oldestAutomatic === -1 ? 0 : oldestAutomatic, 1);
  }
  return out;
}

export function isVersion(value: unknown): value is Version {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    KINDS.includes(v.kind as VersionKind) &&
    typeof v.label === 'string' &&
    typeof v.at === 'string' &&
    typeof v.text === 'string' &&
    (v.suite === undefined || isSuiteShaped(v.suite))
  );
}

function isSuiteShaped(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { tests?: unknown }).tests)
  );
}

/**
 * The saved versions, checked: a damaged entry is dropped, not the whole store; anything that is not
 * `{ version: 1, documents: { id: Version[] } }` is undefined.
 */
export function parseSavedVersions(value: unknown): VersionsByDocument | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as { version?: unknown; documents?: unknown };
  if (saved.version !== 1 || typeof saved.documents !== 'object' || saved.documents === null)
    return undefined;
  const out: VersionsByDocument = {};
  for (const [id, list] of Object.entries(saved.documents)) {
    if (Array.isArray(list)) out[id] = list.filter(isVersion).slice(-MAX_VERSIONS);
  }
  return out;
}

/** The JSON value `parseSavedVersions` reads back. */
export function savedVersions(byDocument: VersionsByDocument): {
  version: 1;
  documents: VersionsByDocument;
} {
  return { version: 1, documents: byDocument };
}
