/**
 * Versions of the open document (see versions-model.ts) and the one compared with the current text.
 * Restoring a version is one undo step. The comparison's changes are computed by the Versions panel (a
 * lazy chunk, with the diff code) and kept here so that the graph can mark them. Versions are stored by
 * the persistence module (store/persistence/versions-storage.ts, saved by start-persistence.ts).
 */
import type { StateCreator } from 'zustand';
import type { DialplanChange, TestSuite } from '../core/index.ts';
import type { StudioState } from './studio-state.ts';
import {
  MAX_VERSIONS,
  withVersion,
  type Version,
  type VersionKind,
  type VersionsByDocument,
} from './versions-model.ts';

export interface VersionComparison {
  versionId: string;
  /** The changes from the version to the current text (the last good tree). */
  changes: DialplanChange[];
}

/**
 * Where the documents' test suites are kept (the studio's suite store, a feature the store does not
 * import): a version takes the suite as it is, and Restore puts it back.
 */
export interface SuiteLink {
  read: (documentId: string) => TestSuite | undefined;
  write: (documentId: string, suite: TestSuite) => void;
}

export interface VersionsSlice {
  versions: VersionsByDocument;
  /**
   * The stored versions are in the store (false while start-up reads them): until then no starting
   * version is kept, as the document may have stored ones.
   */
  versionsLoaded: boolean;
  comparison: VersionComparison | undefined;
  /** Snapshots the open document's text; returns the version (undefined when skipped: no change). */
  recordVersion: (kind: VersionKind, label: string) => Version | undefined;
  /**
   * Puts a version's text back as one undo step, and its test suite (when it has one) with it. The suite
   * is not in the undo history: Undo brings the text back, not the suite.
   */
  restoreVersion: (id: string) => void;
  /** The suites versions carry (see `SuiteLink`); none until linked. */
  suiteLink: SuiteLink | undefined;
  linkSuites: (link: SuiteLink | undefined) => void;
  setComparison: (comparison: VersionComparison | undefined) => void;
  /** Puts the stored versions in (beside any taken before they loaded); they are loaded from then on. */
  hydrateVersions: (saved: VersionsByDocument) => void;
  /**
   * Keeps the open document's text as its starting point ("Opened", "New") when it has no version yet,
   * so that the first edit has something to compare with.
   */
  keepStartingVersion: (label: string) => void;
  /** Versions that could not be stored (storage full): they are kept until the page closes. */
  unstoredVersionIds: readonly string[];
  markVersionsUnstored: (ids: readonly string[]) => void;
  /** Takes versions out of every document's list (storage made room by dropping them). */
  dropVersions: (ids: readonly string[]) => void;
}

let counter = 0;

export const createVersionsSlice: StateCreator<StudioState, [], [], VersionsSlice> = (
  set,
  get,
) => ({
  versions: {},
  versionsLoaded: true,
  unstoredVersionIds: [],
  comparison: undefined,
  suiteLink: undefined,
  linkSuites: (suiteLink) => set({ suiteLink }),
  recordVersion: (kind, label) => {
    const { activeId, text, versions, suiteLink } = get();
    const suite = suiteLink?.read(activeId);
    const list = versions[activeId] ?? [];
    const version: Version = {
      id: `v-${Date.now().toString(36)}-${++counter}`,
      kind,
      label,
      at: new Date().toISOString(),
      text,
      ...(suite ? { suite } : {}),
    };
    const next = withVersion(list, version);
    if (next === list) return undefined;
    set({ versions: { ...versions, [activeId]: [...next] } });
    return version;
  },
  restoreVersion: (id) => {
    const { activeId, suiteLink } = get();
    const version = get().versions[activeId]?.find((v) => v.id === id);
    if (!version) return;
    if (version.suite && suiteLink) {
      const current = suiteLink.read(activeId);
      if (JSON.stringify(current) !== JSON.stringify(version.suite))
        suiteLink.write(activeId, version.suite);
    }
    if (version.text !== get().text) get().replaceText(version.text, 'import');
  },
  setComparison: (comparison) => set({ comparison }),
  hydrateVersions: (saved) =>
    set({ versions: mergeVersions(saved, get().versions), versionsLoaded: true }),
  keepStartingVersion: (label) => {
    const { versionsLoaded, versions, activeId } = get();
    if (versionsLoaded && (versions[activeId]?.length ?? 0) === 0)
      get().recordVersion('start', label);
  },
  markVersionsUnstored: (ids) =>
    set({ unstoredVersionIds: [...new Set([...get().unstoredVersionIds, ...ids])] }),
  dropVersions: (ids) => {
    const drop = new Set(ids);
    const versions: VersionsByDocument = {};
    for (const [id, list] of Object.entries(get().versions))
      versions[id] = list.filter((v) => !drop.has(v.id));
    set({ versions });
  },
});

/** Stored versions first, then those taken before they loaded (an import at start-up), each once. */
function mergeVersions(saved: VersionsByDocument, taken: VersionsByDocument): VersionsByDocument {
  const out: VersionsByDocument = { ...saved };
  for (const [id, list] of Object.entries(taken)) {
    const known = new Set((out[id] ?? []).map((v) => v.id));
    out[id] = [...(out[id] ?? []), ...list.filter((v) => !known.has(v.id))].slice(-MAX_VERSIONS);
  }
  return out;
}
