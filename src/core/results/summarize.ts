/**
 * The summary of a set of calls: counts by final result, answers per question, the funnel (live answers,
 * then calls that answered the first question, the first two, …) and the billed total. `calls` picks the
 * calls to count (all, or a filter's choice) by index into the set.
 */
import type { CallResultSet } from './call-set.ts';
import type { FunnelStep, QuestionCounts, ResultsSummary } from './types.ts';

export const LIVE_ANSWER = 'LA';

/** The known questions first (the dialplan's order), then the others in the order first seen. */
export function orderQuestions(seen: readonly string[], known: readonly string[] = []): string[] {
  const order = [...known];
  for (const q of seen) if (!order.includes(q)) order.push(q);
  return order;
}

/** How many questions of the order, from the first, call `i` answered without a gap. */
function answeredInARow(set: CallResultSet, i: number, order: readonly string[]): number {
  let n = 0;
  while (n < order.length && set.answerCode(i, order[n] as string) !== 0) n++;
  return n;
}

function funnelOf(reached: readonly number[], order: readonly string[]): FunnelStep[] {
  // reached[k] = live calls that answered exactly the first k questions; the funnel is its tail sums.
  const funnel: FunnelStep[] = [];
  let atLeast = 0;
  for (let k = order.length; k >= 0; k--) {
    atLeast += reached[k] ?? 0;
    const question = order[k - 1];
    funnel.unshift(
      question === undefined
        ? { label: 'Live answers', calls: atLeast }
        : { label: question, question, calls: atLeast },
    );
  }
  return funnel;
}

/** Response counts per question, counted by code (no string per call). */
function countAnswers(set: CallResultSet, calls: readonly number[], order: readonly string[]) {
  const questions: QuestionCounts = {};
  for (const question of order) {
    const byCode: number[] = [];
    for (const i of calls) {
      const code = set.answerCode(i, question);
      if (code !== 0) byCode[code] = (byCode[code] ?? 0) + 1;
    }
    const counts: Record<string, number> = {};
    byCode.forEach((n, code) => {
      if (n) counts[set.responseName(question, code)] = n;
    });
    questions[question] = counts;
  }
  return questions;
}

export function summarizeCalls(
  set: CallResultSet,
  questionOrder: readonly string[],
  calls: readonly number[] = [...set.all()],
): ResultsSummary {
  const finalCallResult: Record<string, number> = {};
  const reached = new Array<number>(questionOrder.length + 1).fill(0);
  let billed = 0;
  for (const i of calls) {
    billed += set.billedOf(i);
    const result = set.resultOf(i) || 'UNKNOWN';
    finalCallResult[result] = (finalCallResult[result] ?? 0) + 1;
    if (result === LIVE_ANSWER) {
      const k = answeredInARow(set, i, questionOrder);
      reached[k] = (reached[k] ?? 0) + 1;
    }
  }
  const funnel = funnelOf(reached, questionOrder);
  const liveAnswers = finalCallResult[LIVE_ANSWER] ?? 0;
  const completed = questionOrder.length === 0 ? 0 : (funnel[funnel.length - 1]?.calls ?? 0);
  return {
    calls: calls.length,
    finalCallResult,
    liveAnswers,
    completed,
    completionRate: liveAnswers === 0 ? 0 : completed / liveAnswers,
    questionOrder: [...questionOrder],
    questions: countAnswers(set, calls, questionOrder),
    funnel,
    billed: Math.round(billed * 1e6) / 1e6,
    skipped: set.skipped,
  };
}

/** Two questions cross-tabulated: `counts[i][j]` calls answered rows[i] to the first, columns[j] to the second. */
export interface CrossTab {
  rowQuestion: string;
  columnQuestion: string;
  rows: string[];
  columns: string[];
  counts: number[][];
}

export function crossTab(
  set: CallResultSet,
  rowQuestion: string,
  columnQuestion: string,
  calls: Iterable<number> = set.all(),
): CrossTab {
  const cells = new Map<string, Map<string, number>>();
  const columns = new Set<string>();
  for (const i of calls) {
    const r = set.answerOf(i, rowQuestion);
    const c = set.answerOf(i, columnQuestion);
    if (r === undefined || c === undefined) continue;
    columns.add(c);
    const row = cells.get(r) ?? new Map<string, number>();
    cells.set(r, row);
    row.set(c, (row.get(c) ?? 0) + 1);
  }
  const rows = [...cells.keys()].sort();
  const cols = [...columns].sort();
  return {
    rowQuestion,
    columnQuestion,
    rows,
    columns: cols,
    counts: rows.map((r) => cols.map((c) => cells.get(r)?.get(c) ?? 0)),
  };
}
