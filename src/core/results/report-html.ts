/**
 * A results report to send (issue 26 item 5): one self-contained HTML file — charts as inline SVG bars,
 * the numbers as tables, the filters used, the dialplan's name and the date range. No script, no
 * stylesheet, image or font from anywhere (no `src`/`href` at all): it opens offline from disk and
 * prints to PDF as it shows. Every name and answer comes from data and is escaped.
 */
import type { AnswerLabels } from './answer-labels.ts';
import { BILLED_UNIT, answerText, callResultText } from './call-result-words.ts';
import type { CallResultSet } from './call-set.ts';
import type { Completion } from './poll-completion.ts';
import {
  crossTabTotals,
  mostFrequent,
  type CrossTabCells,
  type OneWayTable,
} from './crosstab-cells.ts';
import { countOf } from './records.ts';
import type { ResultsSummary } from './types.ts';
import { wilsonInterval } from './wilson.ts';

export interface ResultsReportInput {
  summary: ResultsSummary;
  /** The dialplan's name (its root `name`), when one was given. */
  dialplanName?: string;
  labels?: AnswerLabels;
  /** Completion by design (with a dialplan); without it the report claims none. */
  completion?: Completion;
  /** The filters used, as shown to the reader: [["Final call result", "LA"], …]; empty: all calls. */
  filters?: readonly (readonly [string, string])[];
  /** The calls' creation dates (Unix ms), when the pages gave them. */
  dateRange?: { from: number; to: number };
  crosstab?: CrossTabCells | OneWayTable;
  /** When the report was made (ISO text); left out when not given, so the output is reproducible. */
  generatedAt?: string;
}

/** Bars per chart and rows per table, as in the studio and the CLI table. */
const REPORT_ROWS = 50;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The earliest and latest creation date of the calls (0 = not given, left out). */
export function callsDateRange(
  set: CallResultSet,
  calls: Iterable<number> = set.all(),
): { from: number; to: number } | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const i of calls) {
    const created = set.createdOf(i);
    if (created === 0) continue;
    if (created < from) from = created;
    if (created > to) to = created;
  }
  return from <= to ? { from, to } : undefined;
}

const topRows = (rows: [string, number][]) => mostFrequent(rows, REPORT_ROWS);

/** A horizontal bar chart: one bar per row, its share of `total` written beside it. */
function barChart(title: string, rows: [string, number][], total: number): string {
  const barHeight = 22;
  const labelWidth = 200;
  const barWidth = 300;
  const height = rows.length * barHeight + 8;
  const name = `${title}: ${rows.map(([l, n]) => `${l} ${n} (${percent(total === 0 ? 0 : n / total)})`).join('; ')}`;
  const bars = rows.map(([label, n], k) => {
    const share = total === 0 ? 0 : n / total;
    const y = 4 + k * barHeight;
    const shown = label.length > 30 ? `${label.slice(0, 29)}…` : label;
    return (
      `<g><title>${escapeHtml(`${label}: ${n} (${percent(share)})`)}</title>` +
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(shown)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${Math.max(share * barWidth, n > 0 ? 1 : 0).toFixed(1)}" height="${barHeight - 6}" fill="#3566a8"/>` +
      `<text x="${labelWidth + barWidth + 8}" y="${y + 15}">${n} · ${percent(share)}</text></g>`
    );
  });
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(name)}" viewBox="0 0 ${labelWidth + barWidth + 120} ${height}" width="${labelWidth + barWidth + 120}" height="${height}">` +
    `<title>${escapeHtml(title)}</title>${bars.join('')}</svg>`
  );
}

/** The same numbers as a table, with the 95 % interval when `intervals`. */
function numberTable(
  head: string,
  rows: [string, number][],
  total: number,
  intervals: boolean,
): string {
  const cells = rows.map(([label, n]) => {
    const { share, low, high } = wilsonInterval(n, total);
    const ci = intervals ? `<td>${percent(low)} – ${percent(high)}</td>` : '';
    return `<tr><th scope="row">${escapeHtml(label)}</th><td>${n}</td><td>${percent(share)}</td>${ci}</tr>`;
  });
  return (
    `<table><thead><tr><th scope="col">${escapeHtml(head)}</th><th scope="col">Calls</th><th scope="col">Share</th>` +
    `${intervals ? '<th scope="col">95 % interval</th>' : ''}</tr></thead><tbody>${cells.join('')}</tbody></table>`
  );
}

function section(
  title: string,
  head: string,
  all: [string, number][],
  total: number,
  intervals: boolean,
): string {
  const rows = topRows(all);
  const note =
    rows.length < all.length
      ? `<p class="note">The ${rows.length} most frequent of ${all.length} are shown.</p>`
      : '';
  return `<section><h2>${escapeHtml(title)}</h2>${barChart(title, rows, total)}${numberTable(head, rows, total, intervals)}${note}</section>`;
}

function crossTabSection(table: CrossTabCells | OneWayTable, labels?: AnswerLabels): string {
  const words = (question: string, value: string) => {
    const byValue = labels && countOf(labels, question);
    return answerText(value, byValue && countOf(byValue, value));
  };
  if (!('columns' in table))
    return section(
      `${table.rows} (one-way table)`,
      table.rows,
      Object.entries(table.cells).map(([v, n]): [string, number] => [words(table.rows, v), n]),
      table.calls,
      false,
    );
  const { rows: rowTotals, columns: columnTotals } = crossTabTotals(table);
  const rows = topRows([...rowTotals]).map(([r]) => r);
  const columns = topRows([...columnTotals]).map(([c]) => c);
  const head = columns
    .map((c) => `<th scope="col">${escapeHtml(words(table.columns, c))}</th>`)
    .join('');
  const body = rows.map((r) => {
    const total = rowTotals.get(r) ?? 0;
    const cells = columns.map((c) => {
      const n = countOf(countOf(table.cells, r) ?? {}, c) ?? 0;
      return `<td>${n} <span class="share">(${percent(total === 0 ? 0 : n / total)})</span></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(words(table.rows, r))}</th>${cells.join('')}<td>${total}</td></tr>`;
  });
  return (
    `<section><h2>${escapeHtml(`${table.rows} × ${table.columns}`)}</h2>` +
    `<p>${table.calls} calls answered both; each cell: calls and the share of its row.</p>` +
    `<table><thead><tr><th scope="col">${escapeHtml(table.rows)}</th>${head}<th scope="col">Total</th></tr></thead>` +
    `<tbody>${body.join('')}</tbody></table></section>`
  );
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;color:#1b1b1b;margin:2rem auto;max-width:52rem;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;break-after:avoid}
section{break-inside:avoid}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:right}th[scope=row],thead th:first-child{text-align:left}
.chart{max-width:100%;height:auto;font-size:12px}.chart text{fill:#1b1b1b}.note,.share{color:#555}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
@media print{body{margin:0;max-width:none}}`;

/** The report as one HTML document (UTF-8), ready to write to a file. */
export function resultsReportHtml(input: ResultsReportInput): string {
  const { summary, labels, completion } = input;
  const title = `Results: ${input.dialplanName ?? 'poll'}`;
  const filters = input.filters ?? [];
  const range = input.dateRange;
  const facts: [string, string][] = [
    ['Dialplan', input.dialplanName ?? 'not given'],
    ['Calls created', range ? `${day(range.from)} to ${day(range.to)} (UTC)` : 'dates not given'],
    [
      'Filters',
      filters.length === 0 ? 'none (all calls)' : filters.map(([k, v]) => `${k}: ${v}`).join('; '),
    ],
    ['Calls', String(summary.calls)],
    ['Live answers', String(summary.liveAnswers)],
    completion
      ? [
          'Completed the poll',
          `${completion.completed} (${percent(completion.live === 0 ? 0 : completion.completed / completion.live)} of live answers, by the poll's design)`,
        ]
      : [
          'Answered every question',
          `${summary.completed} (${percent(summary.completionRate)}; no completion is claimed without the dialplan)`,
        ],
    ['Billed', `${summary.billed} ${BILLED_UNIT}`],
    ...(input.generatedAt ? [['Report made', input.generatedAt] as [string, string]] : []),
  ];
  const parts = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    section(
      'Final call result',
      'Result',
      Object.entries(summary.finalCallResult).map(([code, n]): [string, number] => [
        callResultText(code),
        n,
      ]),
      summary.calls,
      false,
    ),
  ];
  for (const question of summary.questionOrder.slice(0, REPORT_ROWS)) {
    const counts = countOf(summary.questions, question) ?? {};
    const byValue = labels && countOf(labels, question);
    const rows = Object.entries(counts).map(([v, n]): [string, number] => [
      answerText(v, byValue && countOf(byValue, v)),
      n,
    ]);
    const answered = rows.reduce((a, [, n]) => a + n, 0);
    parts.push(section(question, 'Answer', rows, answered, true));
  }
  const funnel: [string, number][] = completion
    ? [
        ['Live answers', completion.live],
        ...Object.entries(completion.droppedAt).map(([m, n]): [string, number] => [
          `Dropped at ${m}`,
          n,
        ]),
        ['Completed the poll', completion.completed],
      ]
    : summary.funnel.map((s): [string, number] => [s.label, s.calls]);
  parts.push(
    section(
      completion ? "Funnel (by the poll's design)" : 'Funnel',
      'Step',
      funnel,
      summary.liveAnswers,
      false,
    ),
  );
  if (input.crosstab) parts.push(crossTabSection(input.crosstab, labels));
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>\n<body>\n${parts.join('\n')}\n</body></html>\n`
  );
}
