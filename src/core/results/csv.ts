/**
 * One CSV row per call (id, toNumber, finalCallResult, one column per question), RFC 4180: fields with a
 * comma, quote or line break are quoted, quotes doubled, rows end with CRLF. Responses are typed by
 * callers, so a field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading `'`.
 */
import type { CallResultSet } from './call-set.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function csvHeader(questions: readonly string[]): string {
  return csvRow(['id', 'toNumber', 'finalCallResult', ...questions]);
}

export function callCsvRow(set: CallResultSet, i: number, questions: readonly string[]): string {
  return csvRow([
    set.idOf(i),
    set.toNumberOf(i),
    set.resultOf(i),
    ...questions.map((q) => set.answerOf(i, q) ?? ''),
  ]);
}

/** The CSV in chunks of about 64 KB, so a million rows never make one huge string. */
export function* csvChunks(
  set: CallResultSet,
  questions: readonly string[],
  calls: Iterable<number> = set.all(),
): IterableIterator<string> {
  let chunk = csvHeader(questions);
  for (const i of calls) {
    chunk += callCsvRow(set, i, questions);
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

export function callsCsv(
  set: CallResultSet,
  questions: readonly string[],
  calls?: Iterable<number>,
): string {
  return [...csvChunks(set, questions, calls)].join('');
}
