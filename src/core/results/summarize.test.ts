import { describe, expect, it } from 'vitest';
import { CallResultSet } from './call-set.ts';
import { crossTab, orderQuestions, summarizeCalls } from './summarize.ts';
import { wilsonInterval } from './wilson.ts';

const answered = (id: number, final: string, answers: Record<string, string>) => ({
  id,
  finalCallResult: final,
  records: [
    {
      id: `${id}`,
      finishTime: 1,
      questionResponses: Object.entries(answers).map(([question, response]) => ({
        question,
        response,
      })),
    },
  ],
});

function setOf(items: unknown[]): CallResultSet {
  const set = new CallResultSet();
  set.addPage(items);
  return set;
}

describe('summary with a dialplan order', () => {
  const set = setOf([
    answered(1, 'LA', { Candidate: '1', Vote: 'Yes' }),
    answered(2, 'LA', { Vote: 'No' }),
    answered(3, 'LA', { Candidate: '2' }),
    answered(4, 'AM', { Vote: 'Yes' }),
  ]);

  it('orders the funnel as the dialplan asks, not as the answers came', () => {
    const order = orderQuestions(set.questionsSeen, ['Vote', 'Candidate']);
    const summary = summarizeCalls(set, order);
    // Call 3 skipped Vote (a gap): it leaves the funnel at the first step. Call 4 is no live answer.
    expect(summary.funnel.map((s) => s.calls)).toEqual([3, 2, 1]);
    expect(summary.completed).toBe(1);
    expect(summary.questions['Vote']).toEqual({ Yes: 2, No: 1 });
  });

  it('keeps questions the dialplan lacks, after its own', () => {
    expect(orderQuestions(['Zip', 'Vote'], ['Vote', 'Candidate'])).toEqual([
      'Vote',
      'Candidate',
      'Zip',
    ]);
  });

  it('cross-tabulates two questions over the calls that answered both', () => {
    const both = setOf([
      answered(1, 'LA', { Vote: 'Yes', Candidate: '1' }),
      answered(2, 'LA', { Vote: 'Yes', Candidate: '1' }),
      answered(3, 'LA', { Vote: 'No', Candidate: '2' }),
      answered(4, 'LA', { Vote: 'No' }),
    ]);
    expect(crossTab(both, 'Vote', 'Candidate')).toEqual({
      rowQuestion: 'Vote',
      columnQuestion: 'Candidate',
      rows: ['No', 'Yes'],
      columns: ['1', '2'],
      counts: [
        [0, 1],
        [2, 0],
      ],
      allRows: 2,
      allColumns: 2,
    });
  });
});

describe('Wilson interval', () => {
  it.each([
    // Reference values: Wilson (1927), as computed by R's prop.test(correct = FALSE).
    [8, 10, 0.4902, 0.9433],
    [0, 10, 0, 0.2775],
    [50, 100, 0.4038, 0.5962],
  ])('%i of %i → [%f, %f]', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval.share).toBeCloseTo(k / n);
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
  });

  it('is empty for no answers', () => {
    expect(wilsonInterval(0, 0)).toEqual({ share: 0, low: 0, high: 0 });
  });
});
