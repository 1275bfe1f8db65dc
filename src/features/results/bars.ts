/**
 * The summary's numbers as chart rows: answers with their Wilson intervals, the funnel, final results.
 * A chart draws at most CHART_ROWS bars (the most frequent; `all` says how many there are): 200,000
 * distinct answers would be 1.4 million SVG nodes. The CSV download has them all.
 */
import {
  countOf,
  emptyRecord,
  wilsonInterval,
  type Completion,
  type ResultsSummary,
} from '../../core/index.ts';
import { barName, percent, type Bar } from './BarChart.tsx';
import { callResultWords } from './words.ts';

/** Bars per chart, and question charts per panel. */
export const CHART_ROWS = 50;

/** Bars to draw, and how many rows there are in all (more than `bars.length` when capped). */
export interface Bars {
  bars: Bar[];
  all: number;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** The CHART_ROWS most frequent entries (a stable sort: first seen first among equal counts). */
const mostFrequent = (entries: [string, number][]) =>
  entries.length <= CHART_ROWS
    ? entries
    : entries.sort(([, a], [, b]) => b - a).slice(0, CHART_ROWS);

/** Answers in a stable order: as numbers when they all are (keys 1–5), else most frequent first. */
function orderedEntries(counts: Record<string, number>): [string, number][] {
  const entries = mostFrequent(Object.entries(counts));
  if (entries.every(([k]) => /^\d+$/.test(k)))
    return entries.sort(([a], [b]) => Number(a) - Number(b));
  return entries.sort(([, a], [, b]) => b - a);
}

/**
 * One question's answers; `labels` (value → words, from the dialplan) name the bars. With `forecast`
 * (the batch simulation's counts for the question) each bar also carries the forecast share, and an
 * answer only the forecast gives gets a bar with no real calls.
 */
export function answerBars(
  counts: Record<string, number>,
  labels: Record<string, string> = {},
  forecast?: Record<string, number>,
): Bars {
  const n = total(counts);
  const merged = emptyRecord<number>();
  for (const [value, count] of Object.entries(counts)) merged[value] = count;
  if (forecast) for (const value of Object.keys(forecast)) merged[value] ??= 0;
  const expected = forecast && total(forecast);
  const bars = orderedEntries(merged).map(([value, count]) => {
    const { share, low, high } = wilsonInterval(count, n);
    const bar: Bar = { label: countOf(labels, value) ?? value, value, count, share, low, high };
    if (forecast && expected) bar.forecast = (countOf(forecast, value) ?? 0) / expected;
    return bar;
  });
  return { bars, all: Object.keys(merged).length };
}

/** The sentence under a chart with a forecast: the answer whose real share differs from it most. */
export function forecastNote(bars: Bar[], answered: number): string | undefined {
  if (answered === 0) return undefined;
  let most: Bar | undefined;
  const gap = (b: Bar) => Math.abs(b.share - (b.forecast ?? b.share));
  for (const bar of bars)
    if (bar.forecast !== undefined && (!most || gap(bar) > gap(most))) most = bar;
  if (!most || most.forecast === undefined) return undefined;
  const points = (most.share - most.forecast) * 100;
  const sign = points >= 0 ? '+' : '−';
  return `Differs most from the forecast: ${barName(most)}, ${percent(most.share)} real against ${percent(most.forecast)} forecast (${sign}${Math.abs(points).toFixed(1)} points).`;
}

export function funnelBars(summary: ResultsSummary): Bars {
  const live = summary.funnel[0]?.calls ?? 0;
  const bars = summary.funnel.slice(0, CHART_ROWS).map((step) => ({
    label: step.label,
    count: step.calls,
    share: live === 0 ? 0 : step.calls / live,
  }));
  return { bars, all: summary.funnel.length };
}

/**
 * The funnel by design (issue 26 item 2): the live answers, those that completed the poll (their last
 * answer was on a branch that ends it, so a No is completed), and where the others stopped.
 */
export function completionBars(completion: Completion): Bars {
  const { live } = completion;
  const share = (n: number) => (live === 0 ? 0 : n / live);
  const dropped = Object.entries(completion.droppedAt).sort(([, a], [, b]) => b - a);
  const bars = [
    { label: 'Live answers', count: live, share: share(live) },
    { label: 'Completed', count: completion.completed, share: share(completion.completed) },
    ...mostFrequent(dropped)
      .slice(0, CHART_ROWS - 2)
      .map(([menu, n]) => ({ label: `Stopped at ${menu}`, count: n, share: share(n) })),
  ];
  return { bars, all: dropped.length + 2 };
}

export function resultBars(summary: ResultsSummary): Bars {
  const entries = Object.entries(summary.finalCallResult);
  const bars = mostFrequent(entries)
    .sort(([, a], [, b]) => b - a)
    .map(([code, count]) => ({
      label: callResultWords(code),
      value: code,
      count,
      share: summary.calls === 0 ? 0 : count / summary.calls,
    }));
  return { bars, all: entries.length };
}

/** What a capped chart says under it; undefined when it shows every row. */
export function capNote(shown: number, all: number, what: string, top = true): string | undefined {
  if (shown >= all) return undefined;
  const which = top ? 'top' : 'first';
  return `Showing the ${which} ${shown} of ${all.toLocaleString('en-US')} ${what}; all are in the CSV.`;
}

export { total as answerTotal };
