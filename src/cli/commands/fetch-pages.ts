/**
 * Pulls every page of a broadcast's calls from the CallFire API: `limit`/`offset` paging up to
 * `totalCount`, Basic auth, and bounded retries with backoff on 429 and 5xx (Retry-After honoured, capped).
 * `fetch` and `sleep` are injected so the retry timing can be tested without waiting.
 */
export class FetchError extends Error {}

export interface FetchPagesOptions {
  api: string;
  broadcastId: string;
  /** `/calls?campaignId=ID` instead of `/calls/broadcasts/ID/calls` (also the fallback on a 404). */
  byCampaign: boolean;
  limit: number;
  username: string;
  password: string;
  /** Called with each page's parsed JSON and its offset; returns when the page is stored. */
  onPage: (page: unknown, offset: number) => Promise<void>;
  onProgress: (fetched: number, total: number) => void;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const MAX_RETRIES = 5;
const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 30_000;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After is seconds or an HTTP date; absent or unreadable → exponential backoff. */
export function retryDelay(retryAfter: string | null, attempt: number, now = Date.now()): number {
  const backoff = BASE_DELAY_MS * 2 ** attempt;
  if (retryAfter === null) return Math.min(backoff, MAX_DELAY_MS);
  const seconds = Number(retryAfter);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
  return Number.isFinite(ms)
    ? Math.min(Math.max(0, ms), MAX_DELAY_MS)
    : Math.min(backoff, MAX_DELAY_MS);
}

function pageUrl(o: FetchPagesOptions, byCampaign: boolean, offset: number): string {
  const base = o.api.replace(/\/+$/, '');
  const id = encodeURIComponent(o.broadcastId);
  const paging = `limit=${o.limit}&offset=${offset}`;
  return byCampaign
    ? `${base}/calls?campaignId=${id}&${paging}`
    : `${base}/calls/broadcasts/${id}/calls?${paging}`;
}

async function getWithRetry(url: string, o: FetchPagesOptions): Promise<Response> {
  const doFetch = o.fetch ?? globalThis.fetch;
  const sleep = o.sleep ?? wait;
  const auth = `Basic ${Buffer.from(`${o.username}:${o.password}`).toString('base64')}`;
  for (let attempt = 0; ; attempt++) {
    const response = await doFetch(url, {
      headers: { Authorization: auth, Accept: 'application/json' },
    });
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt >= MAX_RETRIES) return response;
    await response.body?.cancel();
    await sleep(retryDelay(response.headers.get('retry-after'), attempt));
  }
}

async function failure(response: Response, url: string): Promise<FetchError> {
  if (response.status === 401 || response.status === 403)
    return new FetchError(
      `authentication refused (${response.status}): check CALLFIRE_USERNAME and CALLFIRE_PASSWORD`,
    );
  const body = (await response.text()).slice(0, 200).replace(/\s+/g, ' ');
  return new FetchError(`GET ${url} answered ${response.status}${body ? `: ${body}` : ''}`);
}

function totalOf(page: unknown): number | undefined {
  if (typeof page !== 'object' || page === null) return undefined;
  const total = (page as Record<string, unknown>)['totalCount'];
  return typeof total === 'number' ? total : undefined;
}

function itemCount(page: unknown): number {
  const items = Array.isArray(page) ? page : (page as Record<string, unknown> | null)?.['items'];
  return Array.isArray(items) ? items.length : 0;
}

/** Fetches pages until `totalCount` calls (or an empty page); returns the number of calls fetched. */
export async function fetchCallPages(o: FetchPagesOptions): Promise<number> {
  let byCampaign = o.byCampaign;
  let offset = 0;
  let total = Infinity;
  while (offset < total) {
    let url = pageUrl(o, byCampaign, offset);
    let response = await getWithRetry(url, o);
    if (response.status === 404 && !byCampaign && offset === 0) {
      byCampaign = true;
      url = pageUrl(o, byCampaign, offset);
      response = await getWithRetry(url, o);
    }
    if (!response.ok) throw await failure(response, url);
    let page: unknown;
    try {
      page = await response.json();
    } catch {
      throw new FetchError(`GET ${url} did not answer JSON`);
    }
    const count = itemCount(page);
    total = totalOf(page) ?? (count < o.limit ? offset + count : Infinity);
    if (count === 0) break;
    await o.onPage(page, offset);
    offset += count;
    o.onProgress(offset, total);
  }
  return offset;
}
