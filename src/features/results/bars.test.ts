import { describe, expect, it } from 'vitest';
import { CallResultSet, summarizeCalls } from '../../core/index.ts';
import {
  CHART_ROWS,
  answerBars,
  capNote,
  completionBars,
  forecastNote,
  funnelBars,
  resultBars,
} from './bars.ts';

function summaryOf(items: unknown[]) {
  const set = new CallResultSet();
  set.addPage(items);
  return summarizeCalls(set, set.questionsSeen);
}

const answering = (id: number, question: string, response: string, final = 'LA') => ({
  id,
  finalCallResult: final,
  records: [{ id: 1, questionResponses: [{ question, response }] }],
});

describe('chart bars for many distinct answers (issue 30 finding 7)', () => {
  it('draws the 50 most frequent of 200,000 answers and says how many there are', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) counts[`N${i}`] = i === 123_456 ? 9 : 1;
    const { bars, all } = answerBars(counts);
    expect(bars).toHaveLength(CHART_ROWS);
    expect(all).toBe(200_000);
    expect(bars[0]).toMatchObject({ label: 'N123456', count: 9 });
    expect(capNote(bars.length, all, 'answers')).toBe(
      'Showing the top 50 of 200,000 answers; all are in the CSV.',
    );
  });

  it('keeps the order and every bar when they fit', () => {
    const { bars, all } = answerBars({ '2': 1, '1': 3, '3': 2 });
    expect(bars.map((b) => b.label)).toEqual(['1', '2', '3']);
    expect(all).toBe(3);
    expect(capNote(bars.length, all, 'answers')).toBeUndefined();
  });

  it('caps the funnel and the final results too', () => {
    const summary = summaryOf(
      Array.from({ length: 300 }, (_, i) => answering(i, `Q${i}`, 'a', `R${i}`)),
    );
    expect(funnelBars(summary)).toMatchObject({ all: 301 });
    expect(funnelBars(summary).bars).toHaveLength(CHART_ROWS);
    expect(resultBars(summary)).toMatchObject({ all: 300 });
    expect(resultBars(summary).bars).toHaveLength(CHART_ROWS);
  });
});

describe('chart bars for names of Object properties (issue 30 finding 9)', () => {
  it('counts answers and results named __proto__ and constructor, with finite shares', () => {
    const summary = summaryOf([
      answering(1, '__proto__', 'constructor', 'constructor'),
      answering(2, '__proto__', '__proto__', '__proto__'),
    ]);
    // As the panel receives it: through structured clone (an ordinary object again).
    const received = structuredClone(summary);
    const { bars } = answerBars(received.questions['__proto__'] ?? {});
    expect(bars.map((b) => [b.label, b.count, b.share])).toEqual([
      ['constructor', 1, 0.5],
      ['__proto__', 1, 0.5],
    ]);
    expect(resultBars(received).bars.every((b) => Number.isFinite(b.share))).toBe(true);
    expect(
      resultBars(received)
        .bars.map((b) => b.label)
        .sort(),
    ).toEqual(['__proto__', 'constructor']);
  });
});

describe('words for codes (issue 26 items 1 and 6)', () => {
  it("names answers with the dialplan's labels and keeps the stored value", () => {
    const { bars } = answerBars({ '2': 1, '1': 3, '9': 1 }, { '1': 'Donkeys', '2': 'Elephants' });
    expect(bars.map((b) => [b.label, b.value])).toEqual([
      ['Donkeys', '1'],
      ['Elephants', '2'],
      ['9', '9'],
    ]);
  });

  it('names call results in words, the code kept, an unknown code as itself', () => {
    const summary = summaryOf([
      answering(1, 'Vote', 'Yes'),
      answering(2, 'Vote', 'Yes', 'AM'),
      answering(3, 'Vote', 'Yes', 'CARRIER_ERROR'),
      answering(4, 'Vote', 'Yes', 'constructor'),
    ]);
    expect(resultBars(summary).bars.map((b) => [b.label, b.value])).toEqual([
      ['Live answer', 'LA'],
      ['Answering machine', 'AM'],
      ['Carrier error', 'CARRIER_ERROR'],
      ['constructor', 'constructor'],
    ]);
  });
});

describe('the funnel by design (issue 26 item 2)', () => {
  it('shows the live answers, those that completed and where the others stopped, most first', () => {
    const { bars, all } = completionBars({
      live: 10,
      completed: 6,
      droppedAt: { Live: 1, Question_01: 3 },
    });
    expect(bars.map((b) => [b.label, b.count, b.share])).toEqual([
      ['Live answers', 10, 1],
      ['Completed', 6, 0.6],
      ['Stopped at Question_01', 3, 0.3],
      ['Stopped at Live', 1, 0.1],
    ]);
    expect(all).toBe(4);
  });

  it('has no NaN share without live answers', () => {
    const { bars } = completionBars({ live: 0, completed: 0, droppedAt: {} });
    expect(bars.map((b) => b.share)).toEqual([0, 0]);
  });
});

describe('forecast beside real (issue 26 item 4)', () => {
  it("gives each bar the forecast's share, adds answers only the forecast gives, names the largest gap", () => {
    const { bars } = answerBars(
      { '1': 3, '2': 1 },
      { '1': 'Donkeys' },
      { '1': 25, '2': 25, '3': 50 },
    );
    expect(bars.map((b) => [b.label, b.count, b.share, b.forecast])).toEqual([
      ['Donkeys', 3, 0.75, 0.25],
      ['2', 1, 0.25, 0.25],
      ['3', 0, 0, 0.5],
    ]);
    expect(forecastNote(bars, 4)).toBe(
      'Differs most from the forecast: Donkeys (1), 75.0 % real against 25.0 % forecast (+50.0 points).',
    );
  });

  it('says nothing without answers or without a forecast', () => {
    expect(forecastNote(answerBars({}, {}, { '1': 1 }).bars, 0)).toBeUndefined();
    expect(forecastNote(answerBars({ '1': 1 }).bars, 1)).toBeUndefined();
  });
});
