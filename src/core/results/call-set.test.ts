import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallResultSet } from './call-set.ts';
import { ResultsInputError, parsePageText } from './read-page.ts';
import { summarizeCalls } from './summarize.ts';

const PAGES = ['poll-page-1.json', 'poll-page-2.json', 'poll-page-3-old-api.json'].map((f) =>
  readFileSync(`fixtures/results/${f}`, 'utf8'),
);

function setOf(pages: unknown[]): CallResultSet {
  const set = new CallResultSet();
  for (const page of pages) set.addPage(page);
  return set;
}

const summaryOf = (set: CallResultSet) => summarizeCalls(set, set.questionsSeen);

describe('reading the poll pages (hand-counted, fixtures/results/README.md)', () => {
  const set = setOf(PAGES.map(parsePageText));
  const summary = summaryOf(set);

  it('counts each call once across overlapping pages', () => {
    expect(summary.calls).toBe(10);
    expect(summary.finalCallResult).toEqual({ LA: 7, AM: 1, BUSY: 1, NO_ANS: 1 });
  });

  it("takes a retried call's last answer in finishTime order, whatever the order of its records", () => {
    expect(summary.questions).toEqual({
      Vote: { Yes: 6, No: 1 },
      Candidate: { '1': 3, '2': 1, '3': 1 },
    });
    const retried = [...set.all()].map((i) => set.call(i)).find((c) => c.id === '4400005');
    expect(retried).toMatchObject({ answers: { Vote: 'Yes', Candidate: '1' }, batchId: '7002' });
    expect(retried?.labels).toEqual(['poll-dec', 'retry']);
  });

  it('builds the funnel in first-seen order and bills each attempt once', () => {
    expect(summary.funnel).toEqual([
      { label: 'Live answers', calls: 7 },
      { label: 'Vote', question: 'Vote', calls: 7 },
      { label: 'Candidate', question: 'Candidate', calls: 5 },
    ]);
    expect(summary.completionRate).toBeCloseTo(5 / 7);
    expect(summary.billed).toBe(0.42);
  });
});

describe('page shapes', () => {
  it('reads the older `result` name and a missing questionResponses as no answers', () => {
    const set = setOf([
      [
        { id: 1, finalCallResult: 'AM', records: [{ id: 9, result: 'AM', billedAmount: 0.1 }] },
        { id: 2, finalCallResult: 'LA', records: [{ id: 8, callResult: 'LA' }] },
      ],
    ]);
    expect(summaryOf(set)).toMatchObject({ calls: 2, questions: {}, billed: 0.1 });
  });

  it('leaves out items without an id and says how many', () => {
    const set = setOf([{ items: [{ toNumber: '1' }, 'junk', { id: 'a' }] }]);
    expect(summaryOf(set)).toMatchObject({ calls: 1, skipped: 2 });
  });

  it.each([
    ['{"items": 3}', 'not a page of calls'],
    ['{"items": [', 'not JSON'],
    ['"text"', 'not a page of calls'],
  ])('refuses %s with a clear error', (text, message) => {
    expect(() => parsePageText(text)).toThrow(ResultsInputError);
    expect(() => parsePageText(text)).toThrow(message);
  });
});

describe('property: pages are only packaging', () => {
  const answer = fc.record({
    question: fc.constantFrom('Vote', 'Candidate', 'Zip'),
    response: fc.constantFrom('Yes', 'No', '1', '2'),
  });
  const record = (callId: number) =>
    fc.record({
      id: fc.integer({ min: 0, max: 3 }).map((k) => `${callId}-${k}`),
      finishTime: fc.integer({ min: 0, max: 5 }),
      callResult: fc.constantFrom('LA', 'AM'),
      billedAmount: fc.constantFrom(0, 0.25, 0.5),
      questionResponses: fc.array(answer, { maxLength: 3 }),
    });
  const call = fc.integer({ min: 1, max: 12 }).chain((id) =>
    fc.record({
      id: fc.constant(id),
      finalCallResult: fc.constantFrom('LA', 'AM', 'BUSY'),
      records: fc.array(record(id), { maxLength: 3 }),
    }),
  );

  it('any split of the same listing into pages gives the same summary', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 25 }), fc.array(fc.nat(25)), (calls, cuts) => {
        const whole = summaryOf(setOf([calls]));
        const bounds = [...new Set([0, ...cuts.map((c) => c % (calls.length + 1)), calls.length])];
        bounds.sort((a, b) => a - b);
        const pages = bounds.slice(1).map((end, i) => ({ items: calls.slice(bounds[i], end) }));
        expect(summaryOf(setOf(pages))).toEqual(whole);
      }),
    );
  });

  it('reading a page twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 25 }), (calls) => {
        expect(summaryOf(setOf([calls, calls]))).toEqual(summaryOf(setOf([calls])));
      }),
    );
  });
});
