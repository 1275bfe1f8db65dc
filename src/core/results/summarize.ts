/**
 * The summary of a set of calls: counts by final result, answers per question, the funnel (live answers,
 * then calls that answered the first question, the first two, …) and the billed total.
 */
import type { CallResult, FunnelStep, QuestionCounts, ResultsSummary } from './types.ts';

export const LIVE_ANSWER = 'LA';

/** The known questions first (the dialplan's order), then the others in the order first seen. */
export function orderQuestions(seen: readonly string[], known: readonly string[] = []): string[] {
  const order = [...known];
  for (const q of seen) if (!order.includes(q)) order.push(q);
  return order;
}

function answerOf(call: CallResult, question: string): string | undefined {
  for (const a of call.answers) if (a.question === question) return a.response;
  return undefined;
}

/** How many questions of the order, from the first, the call answered without a gap. */
function answeredInARow(call: CallResult, order: readonly string[]): number {
  let n = 0;
  while (n < order.length && answerOf(call, order[n] as string) !== undefined) n++;
  return n;
}

export function summarizeCalls(
  calls: Iterable<CallResult>,
  questionOrder: readonly string[],
  skipped = 0,
): ResultsSummary {
  const finalCallResult: Record<string, number> = {};
  const questions: QuestionCounts = {};
  for (const q of questionOrder) questions[q] = {};
  const reached = new Array<number>(questionOrder.length + 1).fill(0);
  let count = 0;
  let billed = 0;
  for (const call of calls) {
    count++;
    billed += call.billed;
    const result = call.finalCallResult || 'UNKNOWN';
    finalCallResult[result] = (finalCallResult[result] ?? 0) + 1;
    for (const { question, response } of call.answers) {
      const counts = (questions[question] ??= {});
      counts[response] = (counts[response] ?? 0) + 1;
    }
    if (result === LIVE_ANSWER) {
      const k = answeredInARow(call, questionOrder);
      reached[k] = (reached[k] ?? 0) + 1;
    }
  }
  // reached[k] = live calls that answered exactly the first k questions; the funnel is its tail sums.
  const funnel: FunnelStep[] = [];
  let atLeast = 0;
  for (let k = questionOrder.length; k >= 0; k--) {
    atLeast += reached[k] ?? 0;
    const question = questionOrder[k - 1];
    funnel.unshift(
      question === undefined
        ? { label: 'Live answers', calls: atLeast }
        : { label: question, question, calls: atLeast },
    );
  }
  const liveAnswers = finalCallResult[LIVE_ANSWER] ?? 0;
  const completed = funnel[funnel.length - 1]?.calls ?? 0;
  return {
    calls: count,
    finalCallResult,
    liveAnswers,
    completed: questionOrder.length === 0 ? 0 : completed,
    completionRate: liveAnswers === 0 || questionOrder.length === 0 ? 0 : completed / liveAnswers,
    questionOrder: [...questionOrder],
    questions,
    funnel,
    billed: Math.round(billed * 1e6) / 1e6,
    skipped,
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
  calls: Iterable<CallResult>,
  rowQuestion: string,
  columnQuestion: string,
): CrossTab {
  const cells = new Map<string, Map<string, number>>();
  const columns = new Set<string>();
  for (const call of calls) {
    const r = answerOf(call, rowQuestion);
    const c = answerOf(call, columnQuestion);
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

export { answerOf };
