/**
 * One GET of the CallFire API as `dialplan calls fetch` needs it: Basic auth, bounded retries with backoff
 * on 429 and 5xx (Retry-After honoured, capped, and said on stderr), a timeout for the answer to start
 * (connect and headers) and one for its body (no data for that long, or ten times that in all), a size
 * cap on a page, and redirects not followed (the login is sent to the `--api` address only). Every
 * failure is a `FetchError` whose message is safe to print (no login in it).
 */
import { basicAuth, redact, shownUrl, type Secrets } from './fetch-secrets.ts';

export class FetchError extends Error {}

export interface HttpOptions extends Secrets {
  /** How long the answer may take to start, and how long its body may go without data (ms). */
  timeoutMs: number;
  /** Said on stderr: retries and waits. */
  onNotice: (text: string) => void;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The body as text (for an error status only its first ERROR_BODY_BYTES). */
  text: string;
}

export const MAX_RETRIES = 5;
/** A page of at most 1000 calls is a few MB; anything far larger is not a calls page. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;
const ERROR_BODY_BYTES = 4096;
/** The whole body may take this many timeouts, however steadily it trickles. */
const BODY_TIMEOUTS = 10;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 30_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

/** Retry-After is seconds or an HTTP date; absent or unreadable → exponential backoff. */
export function retryDelay(retryAfter: string | null, attempt: number, now = Date.now()): number {
  const backoff = BASE_DELAY_MS * 2 ** attempt;
  if (retryAfter === null) return Math.min(backoff, MAX_DELAY_MS);
  const secs = Number(retryAfter);
  const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(retryAfter) - now;
  return Number.isFinite(ms)
    ? Math.min(Math.max(0, ms), MAX_DELAY_MS)
    : Math.min(backoff, MAX_DELAY_MS);
}

/** The reason a request failed below HTTP (refused, reset, DNS), without the login. */
function networkReason(error: unknown, o: HttpOptions): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const reason =
    typeof cause?.code === 'string'
      ? cause.code
      : typeof cause?.message === 'string'
        ? cause.message
        : error instanceof Error
          ? error.message
          : String(error);
  return redact(reason, o);
}

interface Sent {
  response: Response;
  controller: AbortController;
}

async function send(url: string, o: HttpOptions): Promise<Sent> {
  const doFetch = o.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, o.timeoutMs);
  try {
    const response = await doFetch(url, {
      headers: { Authorization: basicAuth(o), Accept: 'application/json' },
      signal: controller.signal,
      redirect: 'manual',
    });
    return { response, controller };
  } catch (error) {
    if (timedOut)
      throw new FetchError(
        `GET ${shownUrl(url)}: no answer within ${seconds(o.timeoutMs)} (the server did not connect or ` +
          `send its headers); try again later, or give more time with --timeout SECONDS`,
      );
    throw new FetchError(`GET ${shownUrl(url)} failed: ${networkReason(error, o)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The body, read against the idle and total timeouts; past `maxBytes` it is cut (or refused). */
async function readBody(
  url: string,
  sent: Sent,
  o: HttpOptions,
  maxBytes: number,
  cut: boolean,
): Promise<string> {
  const reader = sent.response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  let why: string | undefined;
  const stop = (reason: string) => () => {
    why = reason;
    sent.controller.abort();
  };
  const stalled = `the answer stalled (no data for ${seconds(o.timeoutMs)})`;
  const slow = `the answer took longer than ${seconds(o.timeoutMs * BODY_TIMEOUTS)}`;
  let idle = setTimeout(stop(stalled), o.timeoutMs);
  const total = setTimeout(stop(slow), o.timeoutMs * BODY_TIMEOUTS);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      clearTimeout(idle);
      idle = setTimeout(stop(stalled), o.timeoutMs);
      chunks.push(value);
      size += value.byteLength;
      if (size > maxBytes) {
        if (cut) break;
        throw new FetchError(
          `GET ${shownUrl(url)}: the page is larger than ${maxBytes / 1024 / 1024} MB; not a calls page`,
        );
      }
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (why !== undefined)
      throw new FetchError(
        `GET ${shownUrl(url)}: ${why}; try again later, or give more time with --timeout SECONDS`,
      );
    throw new FetchError(`GET ${shownUrl(url)} failed while reading: ${networkReason(error, o)}`);
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
    sent.controller.abort();
  }
  const bytes = Buffer.concat(chunks);
  return new TextDecoder().decode(cut ? bytes.subarray(0, maxBytes) : bytes);
}

/** GET with retries; the answer's status, headers and body (a page, or the start of an error body). */
export async function getWithRetry(url: string, o: HttpOptions): Promise<HttpAnswer> {
  const sleep = o.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    const sent = await send(url, o);
    const { status, headers, ok } = sent.response;
    const retryable = status === 429 || status >= 500;
    if (retryable && attempt < MAX_RETRIES) {
      sent.controller.abort();
      const retryAfter = headers.get('retry-after');
      const ms = retryDelay(retryAfter, attempt);
      const asked =
        retryAfter === null ? '' : ` (Retry-After: ${redact(retryAfter, o).slice(0, 40)})`;
      o.onNotice(
        `\nthe API answered ${status}${asked}; waiting ${seconds(ms)} before retry ${attempt + 1} of ${MAX_RETRIES}\n`,
      );
      await sleep(ms);
      continue;
    }
    const text = await readBody(url, sent, o, ok ? MAX_PAGE_BYTES : ERROR_BODY_BYTES, !ok);
    return { status, headers, text };
  }
}

/** The message for an answer that is not a page: login refused, a redirect, or the status and body. */
export function failureMessage(url: string, answer: HttpAnswer, o: Secrets): string {
  const { status } = answer;
  if (status === 401 || status === 403)
    return `authentication refused (${status}): check CALLFIRE_USERNAME and CALLFIRE_PASSWORD`;
  if (status >= 300 && status < 400) {
    const location = answer.headers.get('location');
    const to = location === null ? '' : ` to ${redact(shownUrl(resolved(location, url)), o)}`;
    return `GET ${shownUrl(url)} answered ${status}, a redirect${to}: not followed (the login is only sent to the --api address)`;
  }
  const body = redact(answer.text, o).replace(/\s+/g, ' ').trim().slice(0, 200);
  return `GET ${shownUrl(url)} answered ${status}${body ? `: ${body}` : ''}`;
}

function resolved(location: string, base: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}
