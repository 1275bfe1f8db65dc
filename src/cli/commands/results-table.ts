/**
 * The readable form of `dialplan results`: counts with shares and 95 % intervals, the funnel.
 * Its size follows what a person can read, not the input: a block lists at most TABLE_ROWS rows (the
 * most frequent; the note says how many there are and that --json and --csv have them all), labels are
 * cut at LABEL_WIDTH characters and padded to at most that width.
 */
import {
  BILLED_UNIT,
  answerText,
  callResultText,
  countOf,
  crossTabTotals,
  mostFrequent,
  wilsonInterval,
  type AnswerLabels,
  type Completion,
  type CrossTabCells,
  type OneWayTable,
  type ResultsSummary,
} from '../../core/index.ts';

/** What a dialplan adds to the table: words for answers and completion by the poll's design. */
export interface TableDesign {
  labels: AnswerLabels;
  completion: Completion;
}

/** Rows per block, and questions per table; the rest are counted in a note. */
export const TABLE_ROWS = 50;
/** The widest a label column gets; longer labels end in `…`. */
export const LABEL_WIDTH = 60;

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

const clip = (text: string, width = LABEL_WIDTH) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;

/** At most TABLE_ROWS rows: all of them in their order when they fit, else the most frequent first. */
const shownRows = (rows: [string, number][]) => mostFrequent(rows, TABLE_ROWS);

function block(
  lines: string[],
  title: string,
  rows: [string, number][],
  total: number,
  intervals: boolean,
  what = 'rows',
): void {
  const shown = shownRows(rows);
  let width = 8;
  for (const [label] of shown) width = Math.max(width, Math.min(label.length, LABEL_WIDTH));
  lines.push(clip(title, LABEL_WIDTH * 2));
  for (const [label, n] of shown) {
    const { share, low, high } = wilsonInterval(n, total);
    const range = intervals ? `  (95 % CI ${percent(low)} – ${percent(high)})` : '';
    lines.push(
      `  ${clip(label).padEnd(width)}  ${String(n).padStart(7)}  ${percent(share).padStart(7)}${range}`,
    );
  }
  if (shown.length < rows.length)
    lines.push(
      `  (showing the top ${shown.length} of ${rows.length.toLocaleString('en-US')} ${what}; all are in --csv and --json)`,
    );
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The header line: completion by design with a dialplan; without one, no completion is claimed. */
function headline(summary: ResultsSummary, design: TableDesign | undefined): string[] {
  const billed = `billed: ${summary.billed} ${BILLED_UNIT}`;
  const calls = `Calls: ${summary.calls}   live answers: ${summary.liveAnswers}`;
  if (design) {
    const { live, completed } = design.completion;
    const rate = live === 0 ? 0 : completed / live;
    return [`${calls}   completed the poll: ${completed} (${percent(rate)})   ${billed}`];
  }
  return [
    `${calls}   answered every question: ${summary.completed} (${percent(summary.completionRate)})   ${billed}`,
    '(no completion is claimed: which answers end the poll is read from the dialplan; give --dialplan FILE)',
  ];
}

/** The funnel: by the poll's design with a dialplan (live → dropped at each menu → completed). */
function funnelRows(summary: ResultsSummary, design: TableDesign | undefined): [string, number][] {
  if (!design)
    return summary.funnel.slice(0, TABLE_ROWS).map((s): [string, number] => [s.label, s.calls]);
  const { live, completed, droppedAt } = design.completion;
  return [
    ['Live answers', live],
    ...Object.entries(droppedAt).map(([menu, n]): [string, number] => [`Dropped at ${menu}`, n]),
    ['Completed the poll', completed],
  ];
}

export function resultsTable(summary: ResultsSummary, design?: TableDesign): string {
  const lines = [...headline(summary, design), ''];
  block(
    lines,
    'Final call result',
    Object.entries(summary.finalCallResult).map(([code, n]): [string, number] => [
      callResultText(code),
      n,
    ]),
    summary.calls,
    false,
    'results',
  );
  const questions = summary.questionOrder.slice(0, TABLE_ROWS);
  for (const question of questions) {
    const counts = countOf(summary.questions, question) ?? {};
    const labels = design && countOf(design.labels, question);
    const answers = sum(counts);
    lines.push('');
    block(
      lines,
      `${question} (${answers} answers)`,
      Object.entries(counts).map(([value, n]): [string, number] => [
        answerText(value, labels && countOf(labels, value)),
        n,
      ]),
      answers,
      true,
      'answers',
    );
  }
  if (questions.length < summary.questionOrder.length)
    lines.push(
      '',
      `(showing the first ${questions.length} of ${summary.questionOrder.length.toLocaleString('en-US')} questions; all are in --csv and --json)`,
    );
  const live = summary.funnel[0]?.calls ?? 0;
  lines.push('');
  const funnel = funnelRows(summary, design);
  block(lines, design ? "Funnel (by the poll's design)" : 'Funnel', funnel, live, false);
  if (!design && funnel.length < summary.funnel.length)
    lines.push(
      `  (showing the first ${funnel.length} of ${summary.funnel.length.toLocaleString('en-US')} steps)`,
    );
  if (summary.skipped > 0)
    lines.push('', `${summary.skipped} page items without a call id were left out`);
  const conflicts = summary.conflictingAttempts;
  if (conflicts)
    lines.push(
      '',
      `${conflicts.count} attempts were listed again with different contents; the first reading of each was kept (${conflicts.examples.map((e) => `call ${clip(e.call, 40)} attempt ${clip(e.attempt, 40)}`).join(', ')}${conflicts.count > conflicts.examples.length ? ', …' : ''})`,
    );
  return `${lines.join('\n')}\n`;
}

/** Keys by total, most first (ties: first seen), at most TABLE_ROWS. */
function topByTotal(totals: Map<string, number>): string[] {
  return shownRows([...totals]).map(([key]) => key);
}

/**
 * `--crosstab`: a two-way table (each cell: calls and the share of its row) or, for one question, a
 * one-way table of counts and shares. At most TABLE_ROWS rows and columns; --json has every cell.
 */
export function crossTabTable(table: CrossTabCells | OneWayTable, labels?: AnswerLabels): string {
  const words = (question: string, value: string) => {
    const byValue = labels && countOf(labels, question);
    return clip(answerText(value, byValue && countOf(byValue, value)), 30);
  };
  const lines: string[] = [];
  if (!('columns' in table)) {
    block(
      lines,
      `${table.rows} (${table.calls} answers)`,
      Object.entries(table.cells).map(([v, n]): [string, number] => [words(table.rows, v), n]),
      table.calls,
      false,
      'answers',
    );
    return `${lines.join('\n')}\n`;
  }
  const { rows: rowTotals, columns: columnTotals } = crossTabTotals(table);
  const rows = topByTotal(rowTotals);
  const columns = topByTotal(columnTotals);
  lines.push(
    `${clip(table.rows, 40)} × ${clip(table.columns, 40)} (${table.calls} calls answered both; row %)`,
  );
  const head = [clip(table.rows, 40), ...rows.map((r) => words(table.rows, r))];
  const width = head.reduce((w, h) => Math.max(w, h.length), 0);
  const cell = (r: string, c: string) => {
    const n = countOf(countOf(table.cells, r) ?? {}, c) ?? 0;
    return `${n} (${percent(n / (rowTotals.get(r) ?? 1))})`;
  };
  const grid = columns.map((c) => {
    const title = words(table.columns, c);
    const w = rows.reduce((m, r) => Math.max(m, cell(r, c).length), title.length);
    return { title, w };
  });
  lines.push(
    `  ${clip(table.rows, width).padEnd(width)}${grid.map((g) => `  ${g.title.padStart(g.w)}`).join('')}   Total`,
  );
  for (const r of rows)
    lines.push(
      `  ${words(table.rows, r).padEnd(width)}${columns.map((c, k) => `  ${cell(r, c).padStart(grid[k]?.w ?? 0)}`).join('')}  ${String(rowTotals.get(r) ?? 0).padStart(6)}`,
    );
  if (rows.length < rowTotals.size || columns.length < columnTotals.size)
    lines.push(
      `  (showing the top ${rows.length} of ${rowTotals.size} rows and ${columns.length} of ${columnTotals.size} columns; all are in --json)`,
    );
  return `${lines.join('\n')}\n`;
}
