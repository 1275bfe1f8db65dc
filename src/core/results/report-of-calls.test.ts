import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { answerLabels } from './answer-labels.ts';
import { CallResultSet } from './call-set.ts';
import { callResultText } from './call-result-words.ts';
import { completionDesign } from './poll-completion.ts';
import { dialplanQuestions } from './dialplan-questions.ts';
import { describeFilter, filterCalls } from './filter.ts';
import { reportOfCalls } from './report-of-calls.ts';

const PAGES = ['poll-page-1.json', 'poll-page-2.json', 'poll-page-3-old-api.json'];

function pollCalls() {
  const doc = parseDialplan(readFileSync('public/examples/political-poll.xml', 'utf8')).document;
  const plan = dialplanQuestions(doc);
  const set = new CallResultSet();
  for (const page of PAGES)
    set.addPage(JSON.parse(readFileSync(`fixtures/results/${page}`, 'utf8')));
  return {
    set,
    plan,
    known: plan.order,
    labels: answerLabels(doc),
    design: completionDesign(doc, plan),
  };
}

describe('the report of the loaded calls (the studio’s Download report)', () => {
  it('says which filter it used, in words, and counts only the calls it keeps', () => {
    const { set, plan, known, labels, design } = pollCalls();
    const filter = { finalCallResult: 'LA' };
    const kept = filterCalls(set, filter).length;
    const html = reportOfCalls(set, {
      filter,
      known,
      labels,
      design: { plan, design },
      dialplanName: 'Political poll',
      crosstab: { rows: 'Vote' },
    });
    expect(html).toContain('<dt>Filters</dt><dd>Final call result: Live answer (LA)</dd>');
    expect(html).toContain(`<dt>Calls</dt><dd>${kept}</dd>`);
    expect(kept).toBeLessThan(set.size);
    expect(html).toContain('<dt>Dialplan</dt><dd>Political poll</dd>');
    // Answers in words, and a one-way table for a single cross-tab choice.
    expect(html).toContain('Donkeys (1)');
    expect(html).toMatch(/<h2>Vote<\/h2>/);
  });

  it('claims no filter when every call is kept', () => {
    const { set, known } = pollCalls();
    const html = reportOfCalls(set, { filter: {}, known });
    expect(html).toContain('<dt>Filters</dt><dd>none (all calls)</dd>');
    expect(html).toContain(`<dt>Calls</dt><dd>${set.size}</dd>`);
  });
});

describe('a filter in words', () => {
  it('names every part that is set, and nothing else', () => {
    expect(describeFilter({}, callResultText)).toEqual([]);
    expect(
      describeFilter(
        {
          finalCallResult: 'AM',
          label: 'wave 2',
          batchId: '77',
          from: Date.UTC(2026, 0, 2),
          to: Date.UTC(2026, 0, 9),
        },
        callResultText,
      ),
    ).toEqual([
      ['Final call result', 'Answering machine (AM)'],
      ['Label', 'wave 2'],
      ['Batch', '77'],
      ['Created from', '2026-01-02 (UTC)'],
      ['Created to', '2026-01-09 (UTC)'],
    ]);
  });
});
