/**
 * Issue 30, hostile results pages: counts scale with what the pages hold (finding 2), attempts merge in
 * linear time (3), names such as `__proto__` count like any other (9), conflicting duplicate attempts are
 * reported (12), and for any page a reference count agrees with the summary (property test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallResultSet } from './call-set.ts';
import { parsePageText } from './read-page.ts';
import { countOf } from './records.ts';
import { crossTab, summarizeCalls } from './summarize.ts';

const summaryOf = (set: CallResultSet) => summarizeCalls(set, set.questionsSeen);

function setOf(...pages: unknown[]): CallResultSet {
  const set = new CallResultSet();
  for (const page of pages) set.addPage(page);
  return set;
}

const answering = (id: number | string, question: string, response: string, final = 'LA') => ({
  id,
  finalCallResult: final,
  records: [{ id: `${id}`, finishTime: 1, questionResponses: [{ question, response }] }],
});

describe('finding 2: many questions, each answered by one call', () => {
  it('20,000 calls answering 20,000 different questions are counted without a column per call', () => {
    const calls = 20_000;
    const items = Array.from({ length: calls }, (_, i) => answering(i, `Q${i}`, `A${i}`));
    // Through the text parser, as the CLI and the worker read it (about 2 MB of JSON).
    const set = setOf(parsePageText(JSON.stringify({ items })));
    const summary = summaryOf(set);
    expect(summary.calls).toBe(calls);
    expect(summary.questionOrder).toHaveLength(calls);
    expect(summary.questions['Q12345']).toEqual({ A12345: 1 });
    expect(summary.funnel[1]).toEqual({ label: 'Q0', question: 'Q0', calls: 1 });
    expect(summary.funnel[2]?.calls).toBe(0);
    expect(set.call(777).answers).toEqual({ Q777: 'A777' });
  });
});

describe('finding 3: one call with very many attempts', () => {
  it('merges 100,000 attempts (each billed once, the latest answer kept), and a re-read adds nothing', () => {
    const attempts = 100_000;
    const records = Array.from({ length: attempts }, (_, k) => ({
      id: `a${k}`,
      finishTime: k,
      billedAmount: 1,
      questionResponses: [{ question: 'Vote', response: `R${k}` }],
    }));
    const page = [{ id: 1, finalCallResult: 'LA', records }];
    const set = setOf(page, page);
    const summary = summaryOf(set);
    expect(summary.billed).toBe(attempts);
    expect(summary.questions['Vote']).toEqual({ [`R${attempts - 1}`]: 1 });
    expect(summary.conflictingAttempts).toBeUndefined();
  });
});

describe('finding 9: names from data that are also names of Object', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it('counts final results, questions and answers named like Object properties', () => {
    const set = setOf(NAMES.flatMap((name, k) => [answering(k, name, name, name)]));
    const summary = summaryOf(set);
    for (const name of NAMES) {
      expect(countOf(summary.finalCallResult, name)).toBe(1);
      expect(countOf(summary.questions, name)).toBeDefined();
      expect(Object.entries(countOf(summary.questions, name) ?? {})).toEqual([[name, 1]]);
    }
    expect(summary.questionOrder).toEqual(NAMES);
    expect(summary.liveAnswers).toBe(0);
    const json = JSON.parse(JSON.stringify(summary));
    expect(Object.keys(json.questions)).toEqual(NAMES);
    expect(json.finalCallResult.constructor).toBe(1);
    expect(Object.keys(json.finalCallResult)).toEqual(NAMES);
  });

  it('a call that answers `__proto__` keeps it among its answers, and cross-tabs read it', () => {
    const set = setOf([
      {
        id: 1,
        finalCallResult: 'LA',
        records: [
          {
            id: 1,
            questionResponses: [
              { question: '__proto__', response: 'constructor' },
              { question: 'constructor', response: '__proto__' },
            ],
          },
        ],
      },
    ]);
    expect(Object.entries(set.call(0).answers)).toEqual([
      ['__proto__', 'constructor'],
      ['constructor', '__proto__'],
    ]);
    expect(crossTab(set, '__proto__', 'constructor')).toMatchObject({
      rows: ['constructor'],
      columns: ['__proto__'],
      counts: [[1]],
    });
  });
});

describe('finding 12: the same attempt listed twice with different contents', () => {
  const attempt = (response: string, billedAmount = 0.1) => ({
    id: 1,
    finalCallResult: 'LA',
    records: [
      { id: 'x', finishTime: 5, billedAmount, questionResponses: [{ question: 'Vote', response }] },
    ],
  });

  it('keeps the first reading and reports the conflict, once however often it is read', () => {
    const set = setOf([attempt('Yes')], [attempt('No')], [attempt('No')], [attempt('Yes')]);
    const summary = summaryOf(set);
    expect(summary.questions['Vote']).toEqual({ Yes: 1 });
    expect(summary.billed).toBe(0.1);
    expect(summary.conflictingAttempts).toEqual({
      count: 1,
      examples: [{ call: '1', attempt: 'x' }],
    });
  });

  it('an identical re-read is no conflict; a different billing is one', () => {
    expect(summaryOf(setOf([attempt('Yes')], [attempt('Yes')])).conflictingAttempts).toBe(
      undefined,
    );
    expect(
      summaryOf(setOf([attempt('Yes')], [attempt('Yes', 0.2)])).conflictingAttempts?.count,
    ).toBe(1);
  });

  it('names at most five examples but counts every conflict', () => {
    const first = Array.from({ length: 8 }, (_, k) => answering(k, 'Q', 'a'));
    const second = Array.from({ length: 8 }, (_, k) => answering(k, 'Q', 'b'));
    const conflicts = summaryOf(setOf(first, second)).conflictingAttempts;
    expect(conflicts?.count).toBe(8);
    expect(conflicts?.examples).toHaveLength(5);
  });
});

describe('cross-tab of many distinct answers', () => {
  it('keeps the 50 most frequent rows and columns and says how many there are', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({
      id: i,
      finalCallResult: 'LA',
      records: [
        {
          id: 1,
          questionResponses: [
            { question: 'A', response: i < 100 ? 'common' : `a${i}` },
            { question: 'B', response: `b${i}` },
          ],
        },
      ],
    }));
    const table = crossTab(setOf(items), 'A', 'B');
    expect(table.allRows).toBe(2901);
    expect(table.allColumns).toBe(3000);
    expect(table.rows).toHaveLength(50);
    expect(table.columns).toHaveLength(50);
    expect(table.rows).toContain('common');
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: for any page, the summary equals a plain reference count.

const NAME = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'Vote',
  'Yes',
  '1',
  '',
  'LA',
);

/** An attempt with any of its fields missing. */
const attemptArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 2 })),
    finishTime: fc.integer({ min: 0, max: 3 }),
    callResult: NAME,
    billedAmount: fc.constantFrom(0, 1, 2),
    questionResponses: fc.array(
      fc.record({ question: NAME, response: NAME }, { requiredKeys: [] }),
      {
        maxLength: 3,
      },
    ),
  },
  { requiredKeys: [] },
);

const itemArb = fc.oneof(
  fc.record(
    {
      id: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('__proto__', 'constructor')),
      finalCallResult: NAME,
      records: fc.array(attemptArb, { maxLength: 4 }),
    },
    { requiredKeys: [] },
  ),
  fc.constantFrom(null, 'junk', 7, []),
);

type Attempt = {
  id?: string | number;
  finishTime?: number;
  callResult?: string;
  billedAmount?: number;
  questionResponses?: { question?: string; response?: string }[];
};
type Item = { id?: string | number; finalCallResult?: string; records?: Attempt[] };

/** The reading rules of call-set.ts, written out plainly with Maps. */
function referenceCount(items: unknown[]) {
  const calls = new Map<
    string,
    {
      result: string;
      attempts: Map<string, string>;
      answers: Map<string, { response: string; time: number }>;
      billed: number;
    }
  >();
  const conflicts = new Set<string>();
  let skipped = 0;
  for (const raw of items) {
    const item = raw as Item;
    const id = typeof item === 'object' && item !== null && !Array.isArray(item) ? item.id : '';
    if (id === undefined || id === '') {
      skipped++;
      continue;
    }
    const key = String(id);
    let call = calls.get(key);
    if (!call) {
      call = { result: '', attempts: new Map(), answers: new Map(), billed: 0 };
      calls.set(key, call);
    }
    if (item.finalCallResult) call.result = item.finalCallResult;
    (item.records ?? []).forEach((a, index) => {
      const time = a.finishTime ?? 0;
      const attemptId = a.id === undefined || a.id === '' ? `#${index}@${time}` : String(a.id);
      const responses = (a.questionResponses ?? [])
        .filter((r) => r.question)
        .map((r) => ({ question: r.question ?? '', response: r.response ?? '' }));
      const print = JSON.stringify([time, a.callResult ?? '', a.billedAmount ?? 0, responses]);
      const seen = call.attempts.get(attemptId);
      if (seen !== undefined) {
        if (seen !== print) conflicts.add(`${key}/${attemptId}`);
        return;
      }
      call.attempts.set(attemptId, print);
      call.billed += a.billedAmount ?? 0;
      for (const { question, response } of responses) {
        const before = call.answers.get(question);
        if (!before || before.time <= time) call.answers.set(question, { response, time });
      }
    });
  }
  const results = new Map<string, number>();
  const questions = new Map<string, Map<string, number>>();
  let billed = 0;
  for (const call of calls.values()) {
    const result = call.result || 'UNKNOWN';
    results.set(result, (results.get(result) ?? 0) + 1);
    billed += call.billed;
    for (const [question, { response }] of call.answers) {
      const counts = questions.get(question) ?? new Map<string, number>();
      questions.set(question, counts);
      counts.set(response, (counts.get(response) ?? 0) + 1);
    }
  }
  return { calls: calls.size, results, questions, billed, conflicts: conflicts.size, skipped };
}

const asMap = (record: Record<string, number>) => new Map(Object.entries(record));

describe('property: any results page is counted as a plain reference count says', () => {
  it('counts, answers, billing, skipped items and conflicts agree; nothing throws', () => {
    fc.assert(
      fc.property(fc.array(fc.array(itemArb, { maxLength: 12 }), { maxLength: 3 }), (pages) => {
        const set = new CallResultSet();
        for (const page of pages) set.addPage(JSON.parse(JSON.stringify(page)));
        const summary = summaryOf(set);
        const expected = referenceCount(pages.flat());
        expect(summary.calls).toBe(expected.calls);
        expect(summary.skipped).toBe(expected.skipped);
        expect(asMap(summary.finalCallResult)).toEqual(expected.results);
        expect(new Set(summary.questionOrder)).toEqual(new Set(expected.questions.keys()));
        for (const [question, counts] of expected.questions)
          expect(asMap(countOf(summary.questions, question) ?? {})).toEqual(counts);
        expect(summary.billed).toBe(expected.billed);
        expect(summary.conflictingAttempts?.count ?? 0).toBe(expected.conflicts);
        expect(summary.liveAnswers).toBe(expected.results.get('LA') ?? 0);
        // The summary survives JSON with every name in it.
        const json = JSON.parse(JSON.stringify(summary));
        expect(Object.keys(json.questions).sort()).toEqual([...expected.questions.keys()].sort());
      }),
      { numRuns: 300 },
    );
  });
});
