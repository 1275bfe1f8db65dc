/**
 * The cross-tab as sparse cells (issue 26 item 3, `dialplan results --crosstab Rows[,Columns]`): every
 * answer pair the calls hold, counted over the calls that answered both questions. With one question it
 * is a one-way table: counts per answer over the calls that answered it. Unlike `crossTab` (a dense,
 * bounded table to draw) nothing is cut, and only pairs that occur take room. Records keyed by answers
 * have no prototype (records.ts).
 */
import type { CallResultSet } from './call-set.ts';
import { countOf, emptyRecord } from './records.ts';

export interface CrossTabCells {
  rows: string;
  columns: string;
  /** `cells[row answer][column answer]` = calls; only pairs that occur. */
  cells: Record<string, Record<string, number>>;
  /** Calls counted (those that answered both questions). */
  calls: number;
}

export interface OneWayTable {
  rows: string;
  /** `cells[answer]` = calls. */
  cells: Record<string, number>;
  calls: number;
}

export function crossTabCells(
  set: CallResultSet,
  rows: string,
  columns: string,
  calls: Iterable<number> = set.all(),
): CrossTabCells {
  const cells = emptyRecord<Record<string, number>>();
  let counted = 0;
  for (const i of calls) {
    const r = set.answerOf(i, rows);
    const c = set.answerOf(i, columns);
    if (r === undefined || c === undefined) continue;
    counted++;
    let row = countOf(cells, r);
    if (!row) cells[r] = row = emptyRecord<number>();
    row[c] = (countOf(row, c) ?? 0) + 1;
  }
  return { rows, columns, cells, calls: counted };
}

export function oneWayTable(
  set: CallResultSet,
  rows: string,
  calls: Iterable<number> = set.all(),
): OneWayTable {
  const cells = emptyRecord<number>();
  let counted = 0;
  for (const i of calls) {
    const r = set.answerOf(i, rows);
    if (r === undefined) continue;
    counted++;
    cells[r] = (countOf(cells, r) ?? 0) + 1;
  }
  return { rows, cells, calls: counted };
}

/** At most `limit` rows: all in their order when they fit, else the most frequent (ties: first seen). */
export function mostFrequent<K>(rows: [K, number][], limit: number): [K, number][] {
  if (rows.length <= limit) return rows;
  // A stable sort keeps first-seen order among equal counts.
  return rows
    .map((row, k) => ({ row, k }))
    .sort((a, b) => b.row[1] - a.row[1] || a.k - b.k)
    .slice(0, limit)
    .map(({ row }) => row);
}

/** Calls per row answer and per column answer of a cross-tab, in first-seen order. */
export function crossTabTotals(table: CrossTabCells): {
  rows: Map<string, number>;
  columns: Map<string, number>;
} {
  const rows = new Map<string, number>();
  const columns = new Map<string, number>();
  for (const [r, row] of Object.entries(table.cells))
    for (const [c, n] of Object.entries(row)) {
      rows.set(r, (rows.get(r) ?? 0) + n);
      columns.set(c, (columns.get(c) ?? 0) + n);
    }
  return { rows, columns };
}
