/**
 * The calls of one or many pages, merged as pages arrive (page by page: a caller never holds all the
 * text at once), stored as columns (see call-columns.ts) and addressed by index 0…size-1.
 *
 * A call listed on two overlapping pages is one call; its attempts are merged by attempt id, so an
 * attempt is billed and answered once; the answer to a question is the one from the attempt with the
 * latest `finishTime` (on a tie, the attempt read last; inside an attempt, the last response).
 * An attempt listed again with other contents (result, time, billing, answers) keeps its first reading;
 * such conflicts are counted (`conflicts`) so the summary can say so.
 *
 * Every step is linear in what the pages hold: attempts are found by id in a per-call Map, answers are
 * stored only for the calls that gave them (AnswerColumn), names from data are Map keys only.
 */
import { hashChars } from '../ast/names.ts';
import { AnswerColumn, StringTable } from './call-columns.ts';
import { callOf, itemsOfPage, type AttemptInput, type CallInput } from './read-page.ts';
import { emptyRecord } from './records.ts';
import type { CallResult } from './types.ts';

/** How many conflicting attempts are named (the count covers them all). */
const CONFLICT_EXAMPLES = 5;

/**
 * What an attempt says, as a 32-bit hash of its contents: two readings of an attempt id agree when these
 * are equal. A number per attempt, not its text: a million calls keep a million numbers (a collision
 * would hide one conflict, once in four billion).
 */
function fingerprint(a: AttemptInput): number {
  const text = JSON.stringify([a.finishTime, a.result, a.billedAmount, a.questionResponses]);
  return hashChars(text, 0, text.length);
}

export class CallResultSet {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly toNumbers: string[] = [];
  private readonly results: number[] = [];
  private readonly batches: number[] = [];
  private readonly labelSets: number[] = [];
  private readonly created: number[] = [];
  private readonly modified: number[] = [];
  private readonly billed: number[] = [];
  /**
   * The first attempt's id and fingerprint per call; calls with more attempts keep the others in
   * `moreAttempts` (attempt id → fingerprint).
   */
  private readonly firstAttempt: string[] = [];
  private readonly firstPrint: number[] = [];
  private readonly moreAttempts = new Map<number, Map<string, number>>();
  private readonly resultNames = new StringTable();
  private readonly batchNames = new StringTable();
  private readonly labelKeys = new StringTable();
  private readonly labelLists: string[][] = [];
  private readonly columns = new Map<string, AnswerColumn>();
  /** Questions in the order they were first seen. */
  readonly questionsSeen: string[] = [];
  /** Page items that were not calls (no id). */
  skipped = 0;
  /** Attempts (each once) listed again with contents other than their first reading (which was kept). */
  readonly conflicts: { count: number; examples: { call: string; attempt: string }[] } = {
    count: 0,
    examples: [],
  };

  get size(): number {
    return this.ids.length;
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
    let i = this.index.get(input.id);
    if (i === undefined) i = this.newCall(input);
    else if (input.modified >= (this.modified[i] ?? 0)) this.updateFields(i, input);
    for (const attempt of input.records) this.addAttempt(i, attempt);
  }

  private newCall(input: CallInput): number {
    const i = this.ids.length;
    this.index.set(input.id, i);
    this.ids.push(input.id);
    this.toNumbers.push(input.toNumber);
    this.results.push(this.resultNames.code(input.finalCallResult));
    this.batches.push(this.batchNames.code(input.batchId));
    this.labelSets.push(this.labelCode(input.labels));
    this.created.push(input.created);
    this.modified.push(input.modified);
    this.billed.push(0);
    this.firstAttempt.push('');
    this.firstPrint.push(0);
    return i;
  }

  /** The newer listing of a call (by `modified`) says how it ended. */
  private updateFields(i: number, input: CallInput): void {
    this.modified[i] = input.modified;
    if (input.finalCallResult) this.results[i] = this.resultNames.code(input.finalCallResult);
    if (input.toNumber) this.toNumbers[i] = input.toNumber;
    if (input.batchId) this.batches[i] = this.batchNames.code(input.batchId);
    if (input.labels.length > 0) this.labelSets[i] = this.labelCode(input.labels);
    if (input.created) this.created[i] = input.created;
  }

  private labelCode(labels: string[]): number {
    const code = this.labelKeys.code(labels.join('\u0000'));
    if (code === this.labelLists.length) this.labelLists.push(labels);
    return code;
  }

  /**
   * False when the call already has this attempt (a page read twice, or overlapping pages); an attempt
   * read again with other contents is counted as a conflict.
   */
  private newAttempt(i: number, attempt: AttemptInput): boolean {
    const print = fingerprint(attempt);
    let seen: number | undefined;
    if (this.firstAttempt[i] === '') {
      this.firstAttempt[i] = attempt.id;
      this.firstPrint[i] = print;
      return true;
    }
    if (this.firstAttempt[i] === attempt.id) seen = this.firstPrint[i];
    else {
      let more = this.moreAttempts.get(i);
      if (!more) this.moreAttempts.set(i, (more = new Map()));
      seen = more.get(attempt.id);
      if (seen === undefined) {
        more.set(attempt.id, print);
        return true;
      }
    }
    if (seen !== print) this.conflict(i, attempt.id);
    return false;
  }

  /** Each conflicting attempt once, however often it is read again. */
  private readonly conflicted = new Set<string>();

  private conflict(i: number, attempt: string): void {
    const key = `${i}\u0000${attempt}`;
    if (this.conflicted.has(key)) return;
    this.conflicted.add(key);
    this.conflicts.count++;
    if (this.conflicts.examples.length < CONFLICT_EXAMPLES)
      this.conflicts.examples.push({ call: this.idOf(i), attempt });
  }

  private addAttempt(i: number, attempt: AttemptInput): void {
    if (!this.newAttempt(i, attempt)) return;
    this.billed[i] = (this.billed[i] ?? 0) + attempt.billedAmount;
    for (const { question, response } of attempt.questionResponses)
      this.column(question).answer(i, response, attempt.finishTime);
  }

  private column(question: string): AnswerColumn {
    let column = this.columns.get(question);
    if (!column) {
      column = new AnswerColumn();
      this.columns.set(question, column);
      this.questionsSeen.push(question);
    }
    return column;
  }

  /** Call `i`'s answer to `question`, if it gave one. */
  answerOf(i: number, question: string): string | undefined {
    return this.columns.get(question)?.responseOf(i);
  }

  /** The code of call `i`'s answer (0 = none), for tight loops; see `responseName`. */
  answerCode(i: number, question: string): number {
    return this.columns.get(question)?.codeOf(i) ?? 0;
  }

  /** The (call, answer code) pairs of the calls that answered `question` (see `responseName`). */
  answersTo(question: string): Iterable<[number, number]> {
    return this.columns.get(question)?.entries() ?? [];
  }

  responseName(question: string, code: number): string {
    return this.columns.get(question)?.responses.values[code - 1] ?? '';
  }

  idOf(i: number): string {
    return this.ids[i] ?? '';
  }

  toNumberOf(i: number): string {
    return this.toNumbers[i] ?? '';
  }

  resultOf(i: number): string {
    return this.resultNames.values[this.results[i] ?? 0] ?? '';
  }

  batchOf(i: number): string {
    return this.batchNames.values[this.batches[i] ?? 0] ?? '';
  }

  labelsOf(i: number): readonly string[] {
    return this.labelLists[this.labelSets[i] ?? 0] ?? [];
  }

  createdOf(i: number): number {
    return this.created[i] ?? 0;
  }

  billedOf(i: number): number {
    return this.billed[i] ?? 0;
  }

  /** Call `i` as one object (for a few calls at a time: a view, a test). */
  call(i: number): CallResult {
    const answers = emptyRecord<string>();
    for (const q of this.questionsSeen) {
      const response = this.answerOf(i, q);
      if (response !== undefined) answers[q] = response;
    }
    return {
      id: this.idOf(i),
      toNumber: this.toNumberOf(i),
      finalCallResult: this.resultOf(i),
      batchId: this.batchOf(i),
      labels: [...this.labelsOf(i)],
      created: this.createdOf(i),
      billed: this.billedOf(i),
      answers,
    };
  }

  /** Every call index, in the order the calls were first read. */
  *all(): IterableIterator<number> {
    for (let i = 0; i < this.ids.length; i++) yield i;
  }
}
