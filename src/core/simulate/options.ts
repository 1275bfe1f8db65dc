/** Defaults for a simulated call, and the menu defaults that the semantics file marks as assumptions. */
import type { SimOptions } from './types.ts';

/** A fixed clock, so that a simulation with default options is reproducible. */
export const DEFAULT_NOW = '2026-01-05T15:00:00.000Z';

/** *Assumption* (semantics §2.4): a menu without `timeout` waits 5 seconds between digits. */
export const DEFAULT_MENU_TIMEOUT_MS = 5000;

/** The options a call gets when the caller supplies none: a live answer on an outbound call. */
export function defaultSimOptions(): SimOptions {
  return {
    answer: 'live',
    callerId: '2135551234',
    dnis: '8005550100',
    phoneNumber: '2135551234',
    callId: 'sim-1',
    contact: {},
    now: DEFAULT_NOW,
    transfer: 'answered',
    http: {},
    variables: {},
  };
}

/** Options with the caller's overrides on top of the defaults. */
export function withDefaults(options: Partial<SimOptions> = {}): SimOptions {
  const defaults = defaultSimOptions();
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<SimOptions>;
  return { ...defaults, ...defined };
}

/**
 * A menu's `timeout` in milliseconds: 1000 or more is milliseconds, a smaller positive value is seconds
 * (semantics §2.4); absent or not a positive number → the 5000 ms default (*assumption*).
 */
export function menuTimeoutMs(raw: string | undefined): number {
  const value = raw === undefined ? NaN : Number(raw.trim());
  if (!Number.isFinite(value) || value <= 0) return DEFAULT_MENU_TIMEOUT_MS;
  return value >= 1000 ? value : value * 1000;
}
