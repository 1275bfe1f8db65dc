import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { answerLabels } from './answer-labels.ts';
import { dialplanQuestions } from './dialplan-questions.ts';
import { overlayOf } from './overlay.ts';
import { answerGaps, branchGaps, gapSentence, pointsText } from './overlay-gaps.ts';

const doc = parseDialplan(readFileSync('public/examples/political-poll.xml', 'utf8')).document;
const plan = dialplanQuestions(doc);
const labels = answerLabels(doc);
// The hand-counted fixture pages: Vote Yes 6 / No 1, Candidate 1:3 2:1 3:1.
const real = { Vote: { Yes: 6, No: 1 }, Candidate: { '1': 3, '2': 1, '3': 1 } };
const forecast = {
  Vote: { Yes: 50, No: 50 },
  Candidate: { '1': 20, '2': 20, '3': 20, '4': 20, '5': 20 },
};

describe('forecast beside reality on the graph', () => {
  it('gives each stashing branch both shares and the difference, biggest first', () => {
    const gaps = branchGaps(
      overlayOf(plan, { liveAnswers: 7, questions: real }),
      overlayOf(plan, { liveAnswers: 100, questions: forecast }),
    );
    const vote = gaps.filter((g) => g.question === 'Vote');
    expect(vote.map((g) => g.value)).toEqual(['Yes', 'No']); // equal size: graph order
    expect(vote[0]?.real).toBeCloseTo(6 / 7);
    expect(vote[0]?.forecast).toBeCloseTo(0.5);
    expect(vote[0]?.points).toBeCloseTo((6 / 7 - 0.5) * 100);
    expect(vote[1]?.points).toBeCloseTo((1 / 7 - 0.5) * 100);
    expect(vote.every((g) => g.elementId?.startsWith('/dialplan/menu[1]/'))).toBe(true);
  });

  it('names the answers that differ most, in words, in one sentence', () => {
    const gaps = answerGaps(real, forecast, plan.order);
    const sentence = gapSentence(gaps, labels);
    expect(sentence).toBe(
      'Where real answers differ most from the forecast: ' +
        'Candidate → Donkeys (1): real 60.0 % vs forecast 20.0 % (+40.0 pts); ' +
        'Vote → Yes: real 85.7 % vs forecast 50.0 % (+35.7 pts); ' +
        'Vote → No: real 14.3 % vs forecast 50.0 % (−35.7 pts).',
    );
  });

  it('says when real and forecast agree, and when there is nothing to compare', () => {
    expect(gapSentence(answerGaps(real, real, plan.order))).toBe(
      'Real answers match the forecast to within half a point on every branch.',
    );
    expect(gapSentence([])).toBe('No branch has both real and forecast numbers yet.');
  });

  it('orders every answer gap by its size, whatever the counts', () => {
    const counts = fc.dictionary(fc.constantFrom('1', '2', '3', 'x'), fc.nat(1000), { minKeys: 1 });
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const gaps = answerGaps({ Q: a }, { Q: b }, ['Q']);
        const sizes = gaps.map((g) => Math.round(Math.abs(g.points) * 10));
        expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
        for (const g of gaps) expect(g.points).toBeCloseTo((g.real - g.forecast) * 100);
      }),
    );
  });

  it('writes points with their sign', () => {
    expect(pointsText(11)).toBe('+11.0 pts');
    expect(pointsText(-3.24)).toBe('−3.2 pts');
    expect(pointsText(0.01)).toBe('±0.0 pts');
  });
});
