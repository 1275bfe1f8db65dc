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
