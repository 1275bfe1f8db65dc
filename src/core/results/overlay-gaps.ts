/**
 * Forecast beside reality on the graph (issue 26 item 4): for each answer branch that both the real
 * results and the batch forecast put numbers on, the two shares and their difference, biggest first;
 * and a sentence naming the branches that differ most.
 */
import type { AnswerLabels } from './answer-labels.ts';
import type { BranchOverlay, ElementOverlay } from './overlay.ts';
import { countOf } from './records.ts';
import type { QuestionCounts } from './types.ts';

export interface BranchGap {
  /** The branch's element id (graph gaps); absent for an answer's gap (answerGaps). */
  elementId?: string;
  question: string;
  value?: string;
  /** Shares of the question's answers (0..1). */
  real: number;
  forecast: number;
  /** real − forecast, in percentage points. */
  points: number;
}

type Overlay = Readonly<Record<string, ElementOverlay>>;

const isBranch = (entry: ElementOverlay | undefined): entry is BranchOverlay =>
  entry?.kind === 'branch';

/** Every branch in both overlays, the largest difference (either way) first; ties keep graph order. */
export function branchGaps(real: Overlay, forecast: Overlay): BranchGap[] {
  const gaps: BranchGap[] = [];
  for (const [elementId, entry] of Object.entries(real)) {
    const expected = forecast[elementId];
    if (!isBranch(entry) || !isBranch(expected)) continue;
    gaps.push({
      elementId,
      question: entry.question,
      ...(entry.value !== undefined && { value: entry.value }),
      real: entry.share,
      forecast: expected.share,
      points: (entry.share - expected.share) * 100,
    });
  }
  return biggestFirst(gaps);
}

/** Sizes as shown (0.1 pt): gaps that read the same keep their order (6/7 − ½ vs ½ − 1/7). */
const shownSize = (gap: BranchGap) => Math.round(Math.abs(gap.points) * 10);

function biggestFirst(gaps: BranchGap[]): BranchGap[] {
  return gaps
    .map((gap, k) => ({ gap, k }))
    .sort((a, b) => shownSize(b.gap) - shownSize(a.gap) || a.k - b.k)
    .map(({ gap }) => gap);
}

const sum = (counts: Readonly<Record<string, number>>) =>
  Object.values(counts).reduce((a, b) => a + b, 0);

/**
 * The same per answer, from the question counts: a branch that takes every answer (`${call.lastinput}`)
 * hides how they split, and the answers are what the poll owner reads. Answers either side never gave
 * count as a share of 0 there. Biggest difference first.
 */
export function answerGaps(
  real: QuestionCounts,
  forecast: QuestionCounts,
  order: readonly string[],
): BranchGap[] {
  const gaps: BranchGap[] = [];
  for (const question of order) {
    const seen = countOf(real, question) ?? {};
    const expected = countOf(forecast, question) ?? {};
    const [seenAll, expectedAll] = [sum(seen), sum(expected)];
    if (seenAll === 0 || expectedAll === 0) continue;
    const values = new Set([...Object.keys(seen), ...Object.keys(expected)]);
    for (const value of values) {
      const share = (countOf(seen, value) ?? 0) / seenAll;
      const want = (countOf(expected, value) ?? 0) / expectedAll;
      gaps.push({ question, value, real: share, forecast: want, points: (share - want) * 100 });
    }
  }
  return biggestFirst(gaps);
}

/** "+11.0 pts", "−3.2 pts", "±0.0 pts". */
export function pointsText(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${Math.abs(rounded).toFixed(1)} pts`;
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** "Candidate → Lizards (3)", or "Candidate → any other answer" for a `${…}` branch. */
export function branchName(gap: BranchGap, labels?: AnswerLabels): string {
  if (gap.value === undefined) return `${gap.question} → any other answer`;
  const byValue = labels && countOf(labels, gap.question);
  const words = byValue && countOf(byValue, gap.value);
  const answer = words === undefined || words === gap.value ? gap.value : `${words} (${gap.value})`;
  return `${gap.question} → ${answer}`;
}

/**
 * The sentence under the charts: the `top` branches that differ most, or that real and forecast agree
 * to within half a point everywhere.
 */
export function gapSentence(gaps: readonly BranchGap[], labels?: AnswerLabels, top = 3): string {
  if (gaps.length === 0) return 'No branch has both real and forecast numbers yet.';
  const differing = gaps.filter((g) => Math.abs(g.points) >= 0.5).slice(0, top);
  if (differing.length === 0)
    return 'Real answers match the forecast to within half a point on every branch.';
  const parts = differing.map(
    (g) =>
      `${branchName(g, labels)}: real ${pct(g.real)} vs forecast ${pct(g.forecast)} (${pointsText(g.points)})`,
  );
  return `Where real answers differ most from the forecast: ${parts.join('; ')}.`;
}
