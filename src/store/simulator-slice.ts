/**
 * The simulator session (call setup, voice settings, the running call) and the document's saved test
 * calls. Never part of undo history. `testCalls` is a field of its own, stored under a per-document key
 * (store/persistence/test-calls-storage.ts).
 */
import type { StateCreator } from 'zustand';
import type { SavedTestCall, TestCallOutcome } from '../core/index.ts';
import { DEFAULT_CALL_SETUP, type CallSetup } from './call-setup.ts';
import type { CallSnapshot, SpeechHealth, SpeechSpeed } from './simulator-types.ts';
import { TEST_CALLS_PREFIX } from './persistence/storage-keys.ts';
import { writeTestCalls } from './persistence/test-calls-storage.ts';
import type { StudioState } from './studio-state.ts';

export interface SimulatorSession {
  setup: CallSetup;
  muted: boolean;
  speed: SpeechSpeed;
  /** Undefined until the first prompt tried to speak. */
  speechHealth: SpeechHealth | undefined;
  call: CallSnapshot | undefined;
  /** Results of the last Run all, by test-call name. */
  testResults: TestCallOutcome[] | undefined;
}

export interface SimulatorSlice {
  simulator: SimulatorSession;
  /** Saved test calls of the current document. */
  testCalls: SavedTestCall[];
  /** localStorage key part naming the document the test calls belong to. */
  testCallsDocumentKey: string;
  updateSimulator: (partial: Partial<SimulatorSession>) => void;
  updateCallSetup: (partial: Partial<CallSetup>) => void;
  /** Save (or replace, by name) a test call. */
  saveTestCall: (testCall: SavedTestCall) => void;
  deleteTestCall: (name: string) => void;
  /** Switch to another document's test calls (read from storage); the panel calls it on open. */
  showTestCallsOf: (documentKey: string) => void;
}

export const createSimulatorSlice =
  (documentKey = 'default'): StateCreator<StudioState, [], [], SimulatorSlice> =>
  (set, get) => {
    /** The document whose test calls were read (or are being read). */
    let loadedKey: string | undefined;
    const saveList = (testCalls: SavedTestCall[]) => {
      const key = get().testCallsDocumentKey;
      get().reportSaved(TEST_CALLS_PREFIX + key, writeTestCalls(key, testCalls));
      set({ testCalls });
    };
    return {
      simulator: {
        setup: DEFAULT_CALL_SETUP,
        muted: false,
        speed: 1,
        speechHealth: undefined,
        call: undefined,
        testResults: undefined,
      },
      testCalls: [], // read when the simulator panel shows them (showTestCallsOf)
      testCallsDocumentKey: documentKey,
      updateSimulator: (partial) => set((s) => ({ simulator: { ...s.simulator, ...partial } })),
      updateCallSetup: (partial) =>
        set((s) => ({
          simulator: { ...s.simulator, setup: { ...s.simulator.setup, ...partial } },
        })),
      saveTestCall: (testCall) =>
        saveList([...get().testCalls.filter((t) => t.name !== testCall.name), testCall]),
      deleteTestCall: (name) => saveList(get().testCalls.filter((t) => t.name !== name)),
      showTestCallsOf: (key) => {
        if (key === loadedKey) return;
        loadedKey = key;
        set((s) => ({
          testCallsDocumentKey: key,
          testCalls: [],
          simulator: { ...s.simulator, testResults: undefined },
        }));
        // The checks of stored lists are a lazy chunk: start-up does not need them.
        void import('./persistence/read-test-calls.ts').then(({ readTestCalls }) => {
          if (get().testCallsDocumentKey !== key) return; // another document was opened meanwhile
          const stored = readTestCalls(key);
          get().addPersistenceNotices(stored.problems);
          set({ testCalls: stored.value ?? [] });
        });
      },
    };
  };
