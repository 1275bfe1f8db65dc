/**
 * For every API behaviour (pages of random calls with repeated ids, random or missing `totalCount` and
 * `offset`, malformed pages), `fetchCallPages` ends within its page cap, fails only with a
 * `FetchError`, and when it succeeds it saved every call `totalCount` announced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FetchError, fetchCallPages } from './fetch-pages.ts';

const item = fc.oneof(
  { weight: 8, arbitrary: fc.record({ id: fc.integer({ min: 0, max: 30 }) }) },
  { weight: 1, arbitrary: fc.constant({ finalCallResult: 'LA' }) },
  { weight: 1, arbitrary: fc.constant(7) },
);
const items = fc.oneof(
  fc.array(item, { maxLength: 4 }),
  fc.array(item, { minLength: 5, maxLength: 6 }), // full pages: the API never says "last page"
);
const calls = fc.record(
  {
    items,
    totalCount: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(1e12), fc.constant('9')),
    offset: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: ['items'] },
);
const junk = fc.constantFrom<unknown>(null, 'x', { items: 'none' }, [], [{ id: 1 }]);
const page = fc.oneof({ weight: 9, arbitrary: calls }, { weight: 1, arbitrary: junk });

describe('fetchCallPages against any API', () => {
  it('ends within its cap, fails only with FetchError, and succeeds only with every call', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(page, { minLength: 1, maxLength: 6 }), async (pages) => {
        let requests = 0;
        let saved = 0;
        let lastTotal: unknown;
        const fakeFetch = async (): Promise<Response> => {
          if (requests > 1000) throw new Error('still paging after 1000 requests');
          const body = pages[requests % pages.length];
          requests += 1;
          lastTotal = (body as { totalCount?: unknown } | null)?.totalCount;
          return new Response(JSON.stringify(body), { status: 200 });
        };
        const limit = 5;
        const maxCalls = 50;
        try {
          const fetched = await fetchCallPages({
            api: 'http://127.0.0.1/v2',
            broadcastId: '1',
            byCampaign: false,
            limit,
            maxCalls,
            username: 'u',
            password: 'p',
            timeoutMs: 1000,
            fetch: fakeFetch as typeof globalThis.fetch,
            onNotice: () => undefined,
            onProgress: () => undefined,
            onPage: async (p) => {
              saved += (Array.isArray(p) ? p : (p as { items: unknown[] }).items).length;
            },
          });
          expect(fetched).toBe(saved);
          if (typeof lastTotal === 'number') expect(fetched).toBeGreaterThanOrEqual(lastTotal);
        } catch (error) {
          expect(error).toBeInstanceOf(FetchError);
        }
        expect(requests).toBeLessThanOrEqual(2 * Math.ceil(maxCalls / limit) + 2);
      }),
      { numRuns: 300 },
    );
  });
});
