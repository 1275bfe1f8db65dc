/**
 * The readable form of `dialplan results`: counts with shares and 95 % intervals, the funnel.
 * Its size follows what a person can read, not the input: a block lists at most TABLE_ROWS rows (the
 * most frequent; the note says how many there are and that --json and --csv have them all), labels are
 * cut at LABEL_WIDTH characters and padded to at most that width.
 */
import { countOf, wilsonInterval, type ResultsSummary } from '../../core/index.ts';

/** Rows per block, and questions per table; the rest are counted in a note. */
export const TABLE_ROWS = 50;
/** The widest a label column gets; longer labels end in `…`. */
export const LABEL_WIDTH = 60;

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

const clip = (text: string, width = LABEL_WIDTH) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;

/** At most TABLE_ROWS rows: all of them in their order when they fit, else the most frequent first. */
function shownRows(rows: [string, number][]): [string, number][] {
  if (rows.length <= TABLE_ROWS) return rows;
  // A stable sort keeps first-seen order among equal counts.
  return rows
    .map((row, k) => ({ row, k }))
    .sort((a, b) => b.row[1] - a.row[1] || a.k - b.k)
    .slice(0, TABLE_ROWS)
    .map(({ row }) => row);
}

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

export function resultsTable(summary: ResultsSummary): string {
  const lines = [
    `Calls: ${summary.calls}   live answers: ${summary.liveAnswers}   completed the poll: ${summary.completed} (${percent(summary.completionRate)})   billed: ${summary.billed}`,
    '',
  ];
  block(
    lines,
    'Final call result',
    Object.entries(summary.finalCallResult),
    summary.calls,
    false,
    'results',
  );
  const questions = summary.questionOrder.slice(0, TABLE_ROWS);
  for (const question of questions) {
    const counts = countOf(summary.questions, question) ?? {};
    const answers = sum(counts);
    lines.push('');
    block(
      lines,
      `${question} (${answers} answers)`,
      Object.entries(counts),
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
  const funnel = summary.funnel
    .slice(0, TABLE_ROWS)
    .map((s): [string, number] => [s.label, s.calls]);
  block(lines, 'Funnel', funnel, live, false);
  if (funnel.length < summary.funnel.length)
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
