/**
 * What a menu's `timeout` means, decided once (issue 28; docs/decisions/core.md "Menu timeout"). Before,
 * "0" was 0 s in the Inspector, 5 s in the simulator and an error in the validator.
 *
 * From the reference (§3.4: "values above 1000 are milliseconds, otherwise seconds"; observed values are
 * all whole numbers) and simulator-semantics §2.4 (1000 or more is milliseconds; default 5000 ms,
 * *assumption*):
 * - absent: the default, 5 s;
 * - a whole number of at least 1: 1000 or more is milliseconds, smaller is seconds;
 * - anything else ("", "0", "-3", "3.5", "soon") is not a timeout: the validator reports it, the Inspector
 *   says so, and the simulator, which must still run the call, waits the default 5 s.
 */

/** *Assumption* (semantics §2.4): a menu without `timeout` waits 5 seconds between digits. */
export const DEFAULT_MENU_TIMEOUT_MS = 5000;

export interface MenuTimeout {
  /** How long the menu waits between digits, in milliseconds (the default when absent or invalid). */
  ms: number;
  /** Absent: the default applies. */
  defaulted: boolean;
  /** Why the written value is not a timeout (then `ms` is the default). */
  problem?: string;
}

/** Reads a menu's `timeout` attribute as written. */
export function readMenuTimeout(raw: string | undefined): MenuTimeout {
  if (raw === undefined) return { ms: DEFAULT_MENU_TIMEOUT_MS, defaulted: true };
  const text = raw.trim();
  const n = Number(text);
  if (/^\d+$/.test(text) && n >= 1) return { ms: n >= 1000 ? n : n * 1000, defaulted: false };
  return {
    ms: DEFAULT_MENU_TIMEOUT_MS,
    defaulted: false,
    problem: `'${raw}' is not a whole number of at least 1: write digits only, e.g. 5000`,
  };
}
