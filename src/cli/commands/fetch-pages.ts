/**
 * Pulls every page of a broadcast's calls from the CallFire API with `limit`/`offset` paging, and tells
 * the truth about what arrived. It stops (with a `FetchError`) rather than page forever or save half:
 * - a page whose calls were all fetched before, an identical page, or a page that says another
 *   `offset` than asked: the API ignores `offset`;
 * - a `totalCount` above `maxCalls` (refused before anything is saved), more pages than `totalCount`
 *   calls can fill (in pages the size of the first), or more calls than `maxCalls`;
 * - a page that is not `{ items: [call objects…], totalCount?: whole number }` (or a bare list);
 * - fewer calls than `totalCount` announced when the pages run out.
 * HTTP (retries, timeouts, redirects, what may be printed) is in `./fetch-http.ts`.
 */
import { FetchError, failureMessage, getWithRetry, type HttpOptions } from './fetch-http.ts';

export { FetchError, MAX_RETRIES, retryDelay } from './fetch-http.ts';

export interface FetchPagesOptions extends HttpOptions {
  api: string;
  broadcastId: string;
  /** `/calls?campaignId=ID` instead of `/calls/broadcasts/ID/calls` (also the fallback on a 404). */
  byCampaign: boolean;
  limit: number;
  /** The most calls one run fetches (a larger `totalCount` is refused). */
  maxCalls: number;
  /** Called with each page's parsed JSON and its offset; returns when the page is stored. */
  onPage: (page: unknown, offset: number) => Promise<void>;
  onProgress: (fetched: number, total: number) => void;
}

export const DEFAULT_MAX_CALLS = 1_000_000;

function pageUrl(o: FetchPagesOptions, byCampaign: boolean, offset: number): string {
  const base = o.api.replace(/\/+$/, '');
  const id = encodeURIComponent(o.broadcastId);
  const paging = `limit=${o.limit}&offset=${offset}`;
  return byCampaign
    ? `${base}/calls?campaignId=${id}&${paging}`
    : `${base}/calls/broadcasts/${id}/calls?${paging}`;
}

interface Page {
  json: unknown;
  /** The body as sent: an identical body twice means the same page twice. */
  text: string;
  items: readonly unknown[];
  totalCount?: number;
  offset?: number;
}

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;

/** The page's calls and counts, or a `FetchError` saying what is wrong with its shape. */
function readPage(text: string, at: number): Page {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FetchError(`the page at offset ${at} is not JSON`);
  }
  if (Array.isArray(json)) return checkItems({ json, text, items: json }, at);
  if (typeof json !== 'object' || json === null)
    throw new FetchError(`the page at offset ${at} is ${kindOf(json)}, not a page of calls`);
  const record = json as Record<string, unknown>;
  const items = record['items'];
  if (!Array.isArray(items))
    throw new FetchError(
      `the page at offset ${at} has no list of calls: its "items" is ${kindOf(items)}`,
    );
  const page: Page = { json, text, items };
  const total = record['totalCount'];
  if (total !== undefined) {
    if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)
      throw new FetchError(
        `the page at offset ${at} has a "totalCount" that is not a whole number of calls`,
      );
    page.totalCount = total;
  }
  if (typeof record['offset'] === 'number') page.offset = record['offset'];
  return checkItems(page, at);
}

function checkItems(page: Page, at: number): Page {
  const bad = page.items.findIndex((item) => typeof item !== 'object' || item === null);
  if (bad >= 0 || page.items.some(Array.isArray))
    throw new FetchError(`the page at offset ${at} has an item that is not a call object`);
  return page;
}

function idOf(item: unknown): string | undefined {
  const id = (item as Record<string, unknown>)['id'];
  return typeof id === 'number' || typeof id === 'string' ? `${typeof id}:${id}` : undefined;
}

/** Every call on the page has an id, and all were on earlier pages. */
function allSeen(items: readonly unknown[], seen: ReadonlySet<string>): boolean {
  return items.every((item) => {
    const id = idOf(item);
    return id !== undefined && seen.has(id);
  });
}

/** The most pages a run may take: what `totalCount` fills in pages like the first, and an absolute cap. */
function pageCap(o: FetchPagesOptions, first: Page): number {
  const absolute = Math.ceil(o.maxCalls / o.limit) * 2 + 2;
  if (first.totalCount === undefined) return absolute;
  return Math.min(absolute, Math.ceil(first.totalCount / Math.max(1, first.items.length)) + 2);
}

class Pager {
  byCampaign: boolean;
  offset = 0;
  pages = 0;
  total: number | undefined;
  cap = Infinity;
  firstSize = 0;
  previousText: string | undefined;
  readonly seen = new Set<string>();

  constructor(private readonly o: FetchPagesOptions) {
    this.byCampaign = o.byCampaign;
  }

  async get(): Promise<Page> {
    const { o, offset } = this;
    let url = pageUrl(o, this.byCampaign, offset);
    let answer = await getWithRetry(url, o);
    if (answer.status === 404 && !this.byCampaign && offset === 0) {
      this.byCampaign = true;
      url = pageUrl(o, this.byCampaign, offset);
      answer = await getWithRetry(url, o);
    }
    if (answer.status < 200 || answer.status > 299)
      throw new FetchError(failureMessage(url, answer, o));
    return readPage(answer.text, offset);
  }

  /** Throws when the page shows the API is not paging (or not honestly); else takes its ids. */
  check(page: Page): void {
    const { o, offset } = this;
    if (page.totalCount !== undefined && page.totalCount > o.maxCalls)
      throw new FetchError(
        `the API says there are ${page.totalCount} calls, more than --max-calls ${o.maxCalls}; ` +
          `pass a larger --max-calls to fetch them all`,
      );
    if (page.offset !== undefined && page.offset !== offset)
      throw new FetchError(
        `the API ignored offset: asked for offset ${offset}, the page says ${page.offset}`,
      );
    const repeated =
      this.pages > 0 && (page.text === this.previousText || allSeen(page.items, this.seen));
    if (repeated)
      throw new FetchError(
        `the page at offset ${offset} repeats calls fetched before: the API ignores offset`,
      );
    for (const item of page.items) {
      const id = idOf(item);
      if (id !== undefined) this.seen.add(id);
    }
  }
}

/** Fetches pages until `totalCount` calls (or a short or empty page); returns the number fetched. */
export async function fetchCallPages(o: FetchPagesOptions): Promise<number> {
  const pager = new Pager(o);
  let emptyAt: number | undefined;
  while (pager.total === undefined || pager.offset < pager.total) {
    if (pager.pages >= pager.cap) throw new FetchError(capMessage(pager, o));
    const page = await pager.get();
    const count = page.items.length;
    if (count > 0) pager.check(page);
    if (page.totalCount !== undefined) pager.total = page.totalCount;
    if (pager.pages === 0) [pager.cap, pager.firstSize] = [pageCap(o, page), count];
    if (count === 0) {
      emptyAt = pager.offset;
      break;
    }
    await o.onPage(page.json, pager.offset);
    pager.pages += 1;
    pager.previousText = page.text;
    pager.offset += count;
    o.onProgress(pager.offset, pager.total ?? Infinity);
    if (pager.total === undefined && count < o.limit) break;
    if (pager.offset >= o.maxCalls && (pager.total ?? Infinity) > pager.offset)
      throw new FetchError(
        `stopped at --max-calls ${o.maxCalls} calls; pass a larger --max-calls to fetch more`,
      );
  }
  if (pager.total !== undefined && pager.offset < pager.total) {
    const why = emptyAt === undefined ? '' : ` (the page at offset ${emptyAt} was empty)`;
    throw new FetchError(
      `only ${pager.offset} of the ${pager.total} calls the API announced arrived${why}; ` +
        `the ${pager.pages} pages saved are incomplete`,
    );
  }
  return pager.offset;
}

function capMessage(pager: Pager, o: FetchPagesOptions): string {
  const stopped = `stopped after ${pager.pages} pages`;
  if (pager.total === undefined)
    return `${stopped}, the most one run takes with --max-calls ${o.maxCalls} and --limit ${o.limit}`;
  return (
    `${stopped}: more than ${pager.total} calls need in pages of ${pager.firstSize}; ` +
    `the API's paging cannot be trusted`
  );
}
