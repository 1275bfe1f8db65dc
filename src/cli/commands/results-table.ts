/** The readable form of `dialplan results`: counts with shares and 95 % intervals, the funnel. */
import { wilsonInterval, type ResultsSummary } from '../../core/index.ts';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function block(
  title: string,
  rows: [string, number][],
  total: number,
  intervals: boolean,
): string[] {
  const width = Math.max(8, ...rows.map(([label]) => label.length));
  const lines = [title];
  for (const [label, n] of rows) {
    const { share, low, high } = wilsonInterval(n, total);
    const range = intervals ? `  (95 % CI ${percent(low)} – ${percent(high)})` : '';
    lines.push(
      `  ${label.padEnd(width)}  ${String(n).padStart(7)}  ${percent(share).padStart(7)}${range}`,
    );
  }
  return lines;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export function resultsTable(summary: ResultsSummary): string {
  const lines = [
    `Calls: ${summary.calls}   live answers: ${summary.liveAnswers}   completed the poll: ${summary.completed} (${percent(summary.completionRate)})   billed: ${summary.billed}`,
    '',
    ...block('Final call result', Object.entries(summary.finalCallResult), summary.calls, false),
  ];
  for (const question of summary.questionOrder) {
    const counts = summary.questions[question] ?? {};
    const answers = sum(counts);
    lines.push(
      '',
      ...block(`${question} (${answers} answers)`, Object.entries(counts), answers, true),
    );
  }
  const live = summary.funnel[0]?.calls ?? 0;
  lines.push(
    '',
    ...block(
      'Funnel',
      summary.funnel.map((s) => [s.label, s.calls]),
      live,
      false,
    ),
  );
  if (summary.skipped > 0)
    lines.push('', `${summary.skipped} page items without a call id were left out`);
  return `${lines.join('\n')}\n`;
}
