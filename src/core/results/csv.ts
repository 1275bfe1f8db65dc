/**
 * One CSV row per call (id, toNumber, finalCallResult, one column per question), RFC 4180: fields with a
 * comma, quote or line break are quoted, quotes doubled, rows end with CRLF. Responses are typed by
 * callers, so a field that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading `'`.
 */
import type { AnswerLabels } from './answer-labels.ts';
import { answerText } from './call-result-words.ts';
import type { CallResultSet } from './call-set.ts';
import { countOf } from './records.ts';

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

/** An answer as written in the CSV: with labels (a dialplan given), "Donkeys (1)"; else the raw value. */
function answerField(
  value: string | undefined,
  labels: Record<string, string> | undefined,
): string {
  if (value === undefined) return '';
  return labels ? answerText(value, countOf(labels, value)) : value;
}

/** `labels` (from the dialplan) writes answers as "Donkeys (1)"; result codes stay codes. */
export function callCsvRow(
  set: CallResultSet,
  i: number,
  questions: readonly string[],
  labels?: AnswerLabels,
): string {
  return csvRow([
    set.idOf(i),
    set.toNumberOf(i),
    set.resultOf(i),
    ...questions.map((q) => answerField(set.answerOf(i, q), labels && countOf(labels, q))),
  ]);
}

/** The CSV in chunks of about 64 KB, so a million rows never make one huge string. */
export function* csvChunks(
  set: CallResultSet,
  questions: readonly string[],
  calls: Iterable<number> = set.all(),
  labels?: AnswerLabels,
): IterableIterator<string> {
  let chunk = csvHeader(questions);
  for (const i of calls) {
    chunk += callCsvRow(set, i, questions, labels);
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
