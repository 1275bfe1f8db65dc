/**
 * The summary of a set of calls: counts by final result, answers per question, the funnel (live answers,
 * then calls that answered the first question, the first two, …) and the billed total. `calls` picks the
 * calls to count (all, or a filter's choice) by index into the set.
 *
 * The work follows what the pages hold: answers are counted from each question's answered calls, not
 * from every call times every question; records keyed by names from data have no prototype (records.ts).
 */
import type { CallResultSet } from './call-set.ts';
import { countOf, emptyRecord } from './records.ts';
import type { FunnelStep, QuestionCounts, ResultsSummary } from './types.ts';

export const LIVE_ANSWER = 'LA';

/** The known questions first (the dialplan's order), then the others in the order first seen. */
export function orderQuestions(seen: readonly string[], known: readonly string[] = []): string[] {
  const order = [...known];
  const listed = new Set(known);
  for (const q of seen) if (!listed.has(q)) order.push(q);
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

/**
 * Response counts per question, counted by code (no string per call) over the calls that answered it;
 * `chosen[i]` says how many times call i is among the calls counted (undefined: all calls, once).
 */
function countAnswers(
  set: CallResultSet,
  chosen: Uint32Array | undefined,
  order: readonly string[],
) {
  const questions: QuestionCounts = emptyRecord();
  for (const question of order) {
    const byCode: number[] = [];
    let highest = 0;
    for (const [i, code] of set.answersTo(question)) {
      const times = chosen ? (chosen[i] ?? 0) : 1;
      if (times === 0) continue;
      byCode[code] = (byCode[code] ?? 0) + times;
      if (code > highest) highest = code;
    }
    const counts = emptyRecord<number>();
    for (let code = 1; code <= highest; code++) {
      const n = byCode[code];
      if (n) counts[set.responseName(question, code)] = n;
    }
    questions[question] = counts;
  }
  return questions;
}

/** How many times each call is listed in `calls`, or undefined when `calls` is every call once. */
function chosenCalls(set: CallResultSet, calls: readonly number[]): Uint32Array | undefined {
  const chosen = new Uint32Array(set.size);
  let all = calls.length === set.size;
  for (const i of calls) {
    const times = (chosen[i] ?? 0) + 1;
    chosen[i] = times;
    if (times > 1) all = false;
  }
  return all ? undefined : chosen;
}

export function summarizeCalls(
  set: CallResultSet,
  questionOrder: readonly string[],
  calls: readonly number[] = [...set.all()],
): ResultsSummary {
  const finalCallResult = emptyRecord<number>();
  const reached = new Array<number>(questionOrder.length + 1).fill(0);
  let billed = 0;
  for (const i of calls) {
    billed += set.billedOf(i);
    const result = set.resultOf(i) || 'UNKNOWN';
    finalCallResult[result] = (countOf(finalCallResult, result) ?? 0) + 1;
    if (result === LIVE_ANSWER) {
      const k = answeredInARow(set, i, questionOrder);
      reached[k] = (reached[k] ?? 0) + 1;
    }
  }
  const funnel = funnelOf(reached, questionOrder);
  const liveAnswers = countOf(finalCallResult, LIVE_ANSWER) ?? 0;
  const completed = questionOrder.length === 0 ? 0 : (funnel[funnel.length - 1]?.calls ?? 0);
  return {
    calls: calls.length,
    finalCallResult,
    liveAnswers,
    completed,
    completionRate: liveAnswers === 0 ? 0 : completed / liveAnswers,
    questionOrder: [...questionOrder],
    questions: countAnswers(set, chosenCalls(set, calls), questionOrder),
    funnel,
    billed: Math.round(billed * 1e6) / 1e6,
    skipped: set.skipped,
    ...(set.conflicts.count > 0 && {
      conflictingAttempts: {
        count: set.conflicts.count,
        examples: set.conflicts.examples.map((e) => ({ ...e })),
      },
    }),
  };
}

/**
 * Two questions cross-tabulated: `counts[i][j]` calls answered rows[i] to the first, columns[j] to the
 * second. At most `limit` rows and columns (the answers given most often, then sorted): the table is
 * rows × columns cells, so 20,000 distinct answers each way would be 400 million of them.
 */
export interface CrossTab {
  rowQuestion: string;
  columnQuestion: string;
  rows: string[];
  columns: string[];
  counts: number[][];
  /** How many distinct answers each question has in these calls (rows/columns shows at most `limit`). */
  allRows: number;
  allColumns: number;
}

export const CROSS_TAB_LIMIT = 50;

/** The `limit` most frequent keys (ties: alphabetical), sorted. */
function topKeys(totals: Map<string, number>, limit: number): string[] {
  const keys = [...totals.keys()].sort();
  if (keys.length <= limit) return keys;
  return keys
    .map((key, k) => ({ key, k, n: totals.get(key) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.k - b.k)
    .slice(0, limit)
    .map(({ key }) => key)
    .sort();
}

export function crossTab(
  set: CallResultSet,
  rowQuestion: string,
  columnQuestion: string,
  calls: Iterable<number> = set.all(),
  limit = CROSS_TAB_LIMIT,
): CrossTab {
  const cells = new Map<string, Map<string, number>>();
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  for (const i of calls) {
    const r = set.answerOf(i, rowQuestion);
    const c = set.answerOf(i, columnQuestion);
    if (r === undefined || c === undefined) continue;
    rowTotals.set(r, (rowTotals.get(r) ?? 0) + 1);
    columnTotals.set(c, (columnTotals.get(c) ?? 0) + 1);
    const row = cells.get(r) ?? new Map<string, number>();
    cells.set(r, row);
    row.set(c, (row.get(c) ?? 0) + 1);
  }
  const rows = topKeys(rowTotals, limit);
  const cols = topKeys(columnTotals, limit);
  return {
    rowQuestion,
    columnQuestion,
    rows,
    columns: cols,
    counts: rows.map((r) => cols.map((c) => cells.get(r)?.get(c) ?? 0)),
    allRows: rowTotals.size,
    allColumns: columnTotals.size,
  };
}
