/**
 * The active document's test suite in the studio (the `.tests.json` format of `dialplan test`), its last
 * run, and which branches no test takes, for the graph's "Not covered" marks. Kept per document in the
 * browser's storage under `TEST_SUITE_PREFIX` + the document's id, and carried by the document's
 * versions (`suiteLink`, linked by the Versions effects).
 */
import { create } from 'zustand';
import {
  parseTestSuite,
  type CoverageReport,
  type TestResult,
  type TestSuite,
} from '../../core/index.ts';
import { TEST_SUITE_PREFIX } from '../../store/persistence/storage-keys.ts';
import { browserStorage, writeStored } from '../../store/persistence/storage-io.ts';
import type { SuiteLink } from '../../store/versions-slice.ts';

export interface SuiteStore {
  documentKey: string | undefined;
  suite: TestSuite;
  /** Why the last import was refused, one line per problem. */
  errors: string[];
  results: TestResult[] | undefined;
  coverage: CoverageReport | undefined;
  /** The graph marks every branch no test takes. */
  showCoverage: boolean;
  /** Element id → labels of the branches there that no test takes (empty unless shown). */
  uncovered: ReadonlyMap<string, string[]>;
  open: (documentKey: string) => void;
  setSuite: (suite: TestSuite) => void;
  setErrors: (errors: string[]) => void;
  setRun: (results: TestResult[], coverage: CoverageReport) => void;
  setShowCoverage: (show: boolean) => void;
}

const EMPTY: TestSuite = { tests: [] };
const NONE: ReadonlyMap<string, string[]> = new Map();

function uncoveredBy(coverage: CoverageReport | undefined): ReadonlyMap<string, string[]> {
  const map = new Map<string, string[]>();
  for (const u of coverage?.uncovered ?? []) map.set(u.path, [...(map.get(u.path) ?? []), u.label]);
  return map;
}

function readSuite(documentKey: string): TestSuite {
  let raw: string | null;
  try {
    raw = browserStorage()?.getItem(TEST_SUITE_PREFIX + documentKey) ?? null;
  } catch {
    return EMPTY;
  }
  const parsed = raw === null ? undefined : parseTestSuite(raw);
  return parsed?.ok ? parsed.suite : EMPTY;
}

export const useSuiteStore = create<SuiteStore>((set, get) => ({
  documentKey: undefined,
  suite: EMPTY,
  errors: [],
  results: undefined,
  coverage: undefined,
  showCoverage: false,
  uncovered: NONE,
  open: (documentKey) => {
    if (get().documentKey === documentKey) return;
    set({
      documentKey,
      suite: readSuite(documentKey),
      errors: [],
      results: undefined,
      coverage: undefined,
      uncovered: NONE,
    });
  },
  setSuite: (suite) => {
    const key = get().documentKey;
    if (key !== undefined) writeStored(browserStorage(), TEST_SUITE_PREFIX + key, suite);
    set({ suite, errors: [], results: undefined, coverage: undefined, uncovered: NONE });
  },
  setErrors: (errors) => set({ errors }),
  setRun: (results, coverage) =>
    set((s) => ({ results, coverage, uncovered: s.showCoverage ? uncoveredBy(coverage) : NONE })),
  setShowCoverage: (showCoverage) =>
    set((s) => ({ showCoverage, uncovered: showCoverage ? uncoveredBy(s.coverage) : NONE })),
}));

/** A document's suite for its versions: the open one as it is, another as stored. */
export const suiteLink: SuiteLink = {
  read: (documentKey) => {
    const state = useSuiteStore.getState();
    return state.documentKey === documentKey ? state.suite : readSuite(documentKey);
  },
  write: (documentKey, suite) => {
    const state = useSuiteStore.getState();
    if (state.documentKey === documentKey) state.setSuite(suite);
    else writeStored(browserStorage(), TEST_SUITE_PREFIX + documentKey, suite);
  },
};
