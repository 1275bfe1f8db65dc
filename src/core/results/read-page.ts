/**
 * Reads one page of calls: `{items, limit, offset, totalCount}`, a bare array of items, or a single page
 * wrapped as the API answers. Older pages name an attempt's result `result`, newer ones `callResult`;
 * both are accepted. Fields of the wrong type read as absent: a page is untrusted input.
 */
import type { CallFields, QuestionResponse } from './types.ts';

export class ResultsInputError extends Error {}

export interface AttemptInput {
  id: string;
  finishTime: number;
  result: string;
  billedAmount: number;
  questionResponses: QuestionResponse[];
}

export interface CallInput extends CallFields {
  records: AttemptInput[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Ids and numbers arrive as numbers or strings (int64 ids overflow JSON numbers in some clients). */
function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function number(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : 0;
}

function responsesOf(value: unknown): QuestionResponse[] {
  if (!Array.isArray(value)) return [];
  const out: QuestionResponse[] = [];
  for (const r of value) {
    if (isObject(r) && text(r['question']) !== '')
      out.push({ question: text(r['question']), response: text(r['response']) });
  }
  return out;
}

function attemptOf(value: unknown, index: number): AttemptInput | undefined {
  if (!isObject(value)) return undefined;
  const finishTime = number(value['finishTime']);
  return {
    // An attempt without an id is still told apart from its siblings (and stays the same on re-read).
    id: text(value['id']) || `#${index}@${finishTime}`,
    finishTime,
    result: text(value['callResult']) || text(value['result']),
    billedAmount: number(value['billedAmount']),
    questionResponses: responsesOf(value['questionResponses']),
  };
}

/** One item of a page as a call, or undefined when it has no id (it cannot be deduplicated). */
export function callOf(value: unknown): CallInput | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value['id']);
  if (id === '') return undefined;
  const records = Array.isArray(value['records']) ? value['records'] : [];
  return {
    id,
    toNumber: text(value['toNumber']),
    finalCallResult: text(value['finalCallResult']),
    batchId: text(value['batchId']),
    labels: Array.isArray(value['labels']) ? value['labels'].map(text).filter(Boolean) : [],
    created: number(value['created']),
    modified: number(value['modified']),
    records: records.flatMap((r, i) => attemptOf(r, i) ?? []),
  };
}

/** The items of a parsed page; throws ResultsInputError when the value is no page at all. */
export function itemsOfPage(page: unknown): unknown[] {
  if (Array.isArray(page)) return page;
  if (isObject(page) && Array.isArray(page['items'])) return page['items'];
  throw new ResultsInputError('not a page of calls: expected {"items": […]} or an array of calls');
}

/** Parses one page's text; throws ResultsInputError with the JSON error when it is not JSON. */
export function parsePageText(pageText: string): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(pageText);
  } catch (error) {
    throw new ResultsInputError(`not JSON: ${(error as Error).message}`);
  }
  return itemsOfPage(json);
}
