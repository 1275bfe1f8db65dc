/**
 * One CSV row per call (id, toNumber, finalCallResult, one column per question), RFC 4180: fields with a
 * comma, quote or line break are quoted, quotes doubled, rows end with CRLF. Responses are typed by
 * callers, so a field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading `'`.
 */
import { answerOf } from './summarize.ts';
import type { CallResult } from './types.ts';

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

export function callCsvRow(call: CallResult, questions: readonly string[]): string {
  return csvRow([
    call.id,
    call.toNumber,
    call.finalCallResult,
    ...questions.map((q) => answerOf(call, q) ?? ''),
  ]);
}

/** The whole CSV at once: for the studio's download (the CLI writes row by row). */
export function callsCsv(calls: Iterable<CallResult>, questions: readonly string[]): string {
  let out = csvHeader(questions);
  for (const call of calls) out += callCsvRow(call, questions);
  return out;
}
