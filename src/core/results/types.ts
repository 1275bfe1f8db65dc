/**
 * Call results as read from CallFire's `GET /v2/calls` pages (dialplan-reference.md §6), reduced to what
 * the results lab counts. Pages are untrusted input: every field is checked, nothing is executed.
 */

import type { QuestionResponse } from '../simulate/types.ts';

export type { QuestionResponse };

/** The fields of a call the lab reads (strings and numbers; absent ones are '' and 0). */
export interface CallFields {
  id: string;
  toNumber: string;
  finalCallResult: string;
  batchId: string;
  labels: string[];
  /** Unix ms; 0 when the page did not say. */
  created: number;
  modified: number;
}

/** One call as an object, merged across every page that listed it (see CallResultSet.call). */
export interface CallResult extends Omit<CallFields, 'modified'> {
  billed: number;
  /** The last answer per question, in `finishTime` order across the call's attempts. */
  answers: Record<string, string>;
}

/**
 * Counts per response value, per question. Built without a prototype (records.ts): read a name from
 * data with `countOf`, never `counts[name]` (a record that crossed postMessage has Object's prototype).
 */
export type QuestionCounts = Record<string, Record<string, number>>;

export interface FunnelStep {
  /** "Live answers" for the first step, else the question. */
  label: string;
  question?: string;
  calls: number;
}

export interface ResultsSummary {
  calls: number;
  finalCallResult: Record<string, number>;
  liveAnswers: number;
  /** Calls that answered every question of the funnel. */
  completed: number;
  /** completed / liveAnswers (0 when there are no live answers). */
  completionRate: number;
  /** Questions in funnel order: the dialplan's order when given, else first seen. */
  questionOrder: string[];
  questions: QuestionCounts;
  funnel: FunnelStep[];
  billed: number;
  /** Page items that were not calls (no id) and so were left out. */
  skipped: number;
  /**
   * Attempts listed again (same call, same attempt id) with other contents; the first reading was
   * kept. Absent when there were none. `examples` names the first few.
   */
  conflictingAttempts?: { count: number; examples: { call: string; attempt: string }[] };
}

/** A 95 % Wilson score interval for a share. */
export interface Interval {
  share: number;
  low: number;
  high: number;
}
