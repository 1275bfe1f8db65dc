/** Defaults for a simulated call, and the menu defaults that the semantics file marks as assumptions. */
import type { SimOptions } from './types.ts';
import { DEFAULT_MENU_TIMEOUT_MS, readMenuTimeout } from '../schema/menu-timeout.ts';

/** A fixed clock, so that a simulation with default options is reproducible. */
export const DEFAULT_NOW = '2026-01-05T15:00:00.000Z';

export { DEFAULT_MENU_TIMEOUT_MS };

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
 * A menu's `timeout` in milliseconds, as core/schema/menu-timeout.ts reads it: 1000 or more is
 * milliseconds, a smaller whole number seconds; absent or not a timeout ("0", "3.5") → the 5000 ms default.
 */
export function menuTimeoutMs(raw: string | undefined): number {
  return readMenuTimeout(raw).ms;
}
