/**
 * The simulator's sense of time. The engine has no timers of its own (the UI drives time); every timer the
 * panel needs goes through a Clock so tests can swap in fake time.
 */
export type TimerHandle = unknown;

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The browser's (or Node's) real clock. Reads the globals at call time so fake timers apply. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
