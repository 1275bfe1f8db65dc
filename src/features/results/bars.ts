/** The summary's numbers as chart rows: answers with their Wilson intervals, the funnel, final results. */
import { wilsonInterval, type ResultsSummary } from '../../core/index.ts';
import type { Bar } from './BarChart.tsx';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Answers in a stable order: as numbers when they all are (keys 1–5), else most frequent first. */
function orderedEntries(counts: Record<string, number>): [string, number][] {
  const entries = Object.entries(counts);
  if (entries.every(([k]) => /^\d+$/.test(k)))
    return entries.sort(([a], [b]) => Number(a) - Number(b));
  return entries.sort(([, a], [, b]) => b - a);
}

export function answerBars(counts: Record<string, number>): Bar[] {
  const n = total(counts);
  return orderedEntries(counts).map(([label, count]) => {
    const { share, low, high } = wilsonInterval(count, n);
    return { label, count, share, low, high };
  });
}

export function funnelBars(summary: ResultsSummary): Bar[] {
  const live = summary.funnel[0]?.calls ?? 0;
  return summary.funnel.map((step) => ({
    label: step.label,
    count: step.calls,
    share: live === 0 ? 0 : step.calls / live,
  }));
}

export function resultBars(summary: ResultsSummary): Bar[] {
  return Object.entries(summary.finalCallResult)
    .sort(([, a], [, b]) => b - a)
    .map(([label, count]) => ({
      label,
      count,
      share: summary.calls === 0 ? 0 : count / summary.calls,
    }));
}

export { total as answerTotal };
