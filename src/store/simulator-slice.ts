/**
 * The simulator session (call setup, voice settings, the running call) and the document's saved test
 * calls. Never part of undo history. `testCalls` is a field of its own, persisted in localStorage under a
 * per-document key, so a future document list can move it with its document.
 */
import type { StateCreator } from 'zustand';
import type { SavedTestCall, TestCallOutcome } from '../core/index.ts';
import type { CallSnapshot } from '../features/simulator/call-driver.ts';
import { DEFAULT_CALL_SETUP, type CallSetup } from './call-setup.ts';
import type { SpeechHealth } from '../features/simulator/speech/prompt-voicer.ts';
import type { SpeechSpeed } from '../features/simulator/speech/prompt-text.ts';
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

export const TEST_CALLS_STORAGE_PREFIX = 'dialplan-studio:test-calls:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Access can throw (storage disabled); the test calls then live in memory only.
  }
}

export function loadTestCalls(documentKey: string): SavedTestCall[] {
  try {
    const raw = storage()?.getItem(TEST_CALLS_STORAGE_PREFIX + documentKey);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as SavedTestCall[]) : [];
  } catch {
    return [];
  }
}

function persist(documentKey: string, testCalls: SavedTestCall[]): void {
  try {
    storage()?.setItem(TEST_CALLS_STORAGE_PREFIX + documentKey, JSON.stringify(testCalls));
  } catch {
    // Quota or privacy mode: keep them in memory for this session.
  }
}

export const createSimulatorSlice =
  (documentKey = 'default'): StateCreator<StudioState, [], [], SimulatorSlice> =>
  (set, get) => {
    const saveList = (testCalls: SavedTestCall[]) => {
      persist(get().testCallsDocumentKey, testCalls);
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
      testCalls: loadTestCalls(documentKey),
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
        if (key === get().testCallsDocumentKey) return;
        set((s) => ({
          testCallsDocumentKey: key,
          testCalls: loadTestCalls(key),
          simulator: { ...s.simulator, testResults: undefined },
        }));
      },
    };
  };
