/**
 * The options of `dialplan calls fetch` that bound it and guard the login: `--timeout SECONDS` (per
 * request: for the answer to start, and for its body to go without data), `--max-calls N` (the most calls
 * one run fetches), `--insecure` (allow plain http to another machine). Kept apart from the command's
 * other options so the option parser can change without touching these rules.
 */
import { UsageError } from '../io.ts';
import { DEFAULT_MAX_CALLS } from './fetch-pages.ts';
import { isLoopback, transportRefusal } from './fetch-secrets.ts';

export const DEFAULT_TIMEOUT_SECONDS = 30;
const MAX_TIMEOUT_SECONDS = 3600;

export interface FetchLimits {
  timeoutMs: number;
  maxCalls: number;
  /** The warning to print when `--insecure` lets the login go over plain http, else undefined. */
  insecure: string | undefined;
}

/** Reads the limits from the parsed `--flag value` pairs; `api` is checked for how it carries the login. */
export function fetchLimits(
  options: ReadonlyMap<string, string>,
  insecure: boolean,
  usage: string,
): FetchLimits {
  const timeout = Number(options.get('--timeout') ?? DEFAULT_TIMEOUT_SECONDS);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > MAX_TIMEOUT_SECONDS)
    throw new UsageError(
      `--timeout must be a number of seconds above 0, at most ${MAX_TIMEOUT_SECONDS}. ${usage}`,
    );
  const maxCalls = Number(options.get('--max-calls') ?? DEFAULT_MAX_CALLS);
  if (!Number.isSafeInteger(maxCalls) || maxCalls < 1)
    throw new UsageError(`--max-calls must be a whole number from 1. ${usage}`);
  let api: URL;
  try {
    api = new URL(options.get('--api') ?? 'https://localhost');
  } catch {
    throw new UsageError(`--api must be an http(s) URL. ${usage}`);
  }
  const refusal = transportRefusal(api, insecure);
  if (refusal !== undefined) throw new UsageError(refusal);
  const plain = insecure && api.protocol === 'http:' && !isLoopback(api.hostname);
  return {
    timeoutMs: timeout * 1000,
    maxCalls,
    insecure: plain
      ? `sending your CallFire login over plain http to ${api.host} (--insecure)`
      : undefined,
  };
}
