/**
 * The calls of one or many pages, merged as pages arrive (page by page: a caller never holds all the
 * text at once). A call listed on two overlapping pages is one call; its attempts are merged by attempt
 * id, so an attempt is billed and answered once; the answer to a question is the one from the attempt
 * with the latest `finishTime` (on a tie, the attempt read last; inside an attempt, the last response).
 */
import { callOf, itemsOfPage, type AttemptInput, type CallInput } from './read-page.ts';
import type { Answer, CallResult } from './types.ts';

function addAttempt(call: CallResult, attempt: AttemptInput): void {
  if (call.recordIds.includes(attempt.id)) return;
  call.recordIds.push(attempt.id);
  call.billed += attempt.billedAmount;
  for (const { question, response } of attempt.questionResponses) {
    const answer: Answer = { question, response, finishTime: attempt.finishTime };
    const k = call.answers.findIndex((a) => a.question === question);
    if (k === -1) call.answers.push(answer);
    else if ((call.answers[k] as Answer).finishTime <= attempt.finishTime) call.answers[k] = answer;
  }
}

function newCall(input: CallInput): CallResult {
  const { records: _records, ...fields } = input;
  return { ...fields, recordIds: [], billed: 0, answers: [] };
}

/** The newer listing of a call (by `modified`) says how it ended. */
function updateFields(call: CallResult, input: CallInput): void {
  if (input.modified < call.modified) return;
  call.modified = input.modified;
  if (input.finalCallResult) call.finalCallResult = input.finalCallResult;
  if (input.toNumber) call.toNumber = input.toNumber;
  if (input.batchId) call.batchId = input.batchId;
  if (input.labels.length > 0) call.labels = input.labels;
  if (input.created) call.created = input.created;
}

export class CallResultSet {
  private readonly byId = new Map<string, CallResult>();
  /** Questions in the order they were first seen. */
  readonly questionsSeen: string[] = [];
  private readonly seen = new Set<string>();
  /** Page items that were not calls (no id). */
  skipped = 0;

  get size(): number {
    return this.byId.size;
  }

  calls(): IterableIterator<CallResult> {
    return this.byId.values();
  }

  /** Adds the items of one parsed page (see read-page.ts for the shapes accepted). */
  addPage(page: unknown): void {
    for (const item of itemsOfPage(page)) this.addItem(item);
  }

  addItem(item: unknown): void {
    const input = callOf(item);
    if (!input) {
      this.skipped++;
      return;
    }
    let call = this.byId.get(input.id);
    if (!call) {
      call = newCall(input);
      this.byId.set(input.id, call);
    } else updateFields(call, input);
    for (const attempt of input.records) {
      for (const r of attempt.questionResponses) this.noteQuestion(r.question);
      addAttempt(call, attempt);
    }
  }

  private noteQuestion(question: string): void {
    if (this.seen.has(question)) return;
    this.seen.add(question);
    this.questionsSeen.push(question);
  }
}
