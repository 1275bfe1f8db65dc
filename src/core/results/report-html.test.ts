import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { answerLabels } from './answer-labels.ts';
import { CallResultSet } from './call-set.ts';
import { completionDesign, completionOf } from './poll-completion.ts';
import { crossTabCells } from './crosstab-cells.ts';
import { dialplanQuestions } from './dialplan-questions.ts';
import { callsDateRange, resultsReportHtml } from './report-html.ts';
import { orderQuestions, summarizeCalls } from './summarize.ts';

const PAGES = ['poll-page-1.json', 'poll-page-2.json', 'poll-page-3-old-api.json'];

/**
 * Every tag of the document with its attribute values blanked (text and values hold no `<`, `>` or
 * `"`: they are escaped), so what is left are element and attribute names.
 */
const tags = (html: string) =>
  (html.match(/<[^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));

function pollReport(extra: unknown[] = []) {
  const doc = parseDialplan(readFileSync('public/examples/political-poll.xml', 'utf8')).document;
  const plan = dialplanQuestions(doc);
  const set = new CallResultSet();
  for (const page of PAGES)
    set.addPage(JSON.parse(readFileSync(`fixtures/results/${page}`, 'utf8')));
  set.addPage(extra);
  const summary = summarizeCalls(set, orderQuestions(set.questionsSeen, plan.order));
  return resultsReportHtml({
    summary,
    dialplanName: 'Political poll',
    labels: answerLabels(doc),
    completion: completionOf(set, plan, completionDesign(doc, plan)),
    filters: [['Final call result', 'LA']],
    dateRange: callsDateRange(set),
    crosstab: crossTabCells(set, 'Vote', 'Candidate'),
  });
}

describe('the HTML report (issue 26 item 5)', () => {
  const html = pollReport();

  it('has no script and no request to any other origin', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*https?:/i);
    // Nothing is loaded at all: no src, no href, no url() in the style.
    expect(tags(html).filter((t) => /\b(?:src|href)\s*=/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*"?\s*https?:/i);
    expect(tags(html).length).toBeGreaterThan(100);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
  });

  it('draws the Vote chart as inline SVG bars, with its numbers in a table', () => {
    const vote =
      /<h2>Vote<\/h2><svg class="chart" role="img" aria-label="Vote: Yes 6 \(85\.7 %\); No 1 \(14\.3 %\)"[^>]*>(.*?)<\/svg>/s.exec(
        html,
      );
    expect(vote).not.toBeNull();
    expect(vote?.[1]?.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain(
      '<tr><th scope="row">Yes</th><td>6</td><td>85.7 %</td><td>48.7 % – 97.4 %</td></tr>',
    );
    expect(html).toContain('<th scope="row">Donkeys (1)</th><td>3</td><td>60.0 %</td>');
  });

  it('names the dialplan, the filters, the date range, completion by design and the unit', () => {
    expect(html).toContain('<title>Results: Political poll</title>');
    expect(html).toContain('<dt>Filters</dt><dd>Final call result: LA</dd>');
    expect(html).toMatch(
      /<dt>Calls created<\/dt><dd>\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(UTC\)<\/dd>/,
    );
    expect(html).toContain('<dd>6 (85.7 % of live answers, by the poll&#39;s design)</dd>');
    expect(html).toContain('<dt>Billed</dt><dd>0.42 credits</dd>');
    expect(html).toContain('<th scope="row">Live answer (LA)</th>');
    expect(html).toContain('<th scope="row">Dropped at Question_01</th><td>1</td>');
    expect(html).toContain('<h2>Vote × Candidate</h2>');
  });

  it('escapes names and answers from the pages', () => {
    const hostile = pollReport([
      {
        id: 'x1',
        finalCallResult: '<img src=http://evil.test/a>',
        records: [
          {
            id: 1,
            finishTime: 1,
            questionResponses: [
              { question: '<script>alert(1)</script>', response: '"><a href="https://evil.test">' },
            ],
          },
        ],
      },
    ]);
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).not.toMatch(/<img|<a /i);
    expect(tags(hostile).filter((t) => /\b(?:src|href)\s*=/i.test(t))).toEqual([]);
    expect(hostile).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});
