/**
 * The results report from the loaded calls, as the studio's Download report makes it: the calls the
 * filter keeps, summarised in the dialplan's question order, with completion by design when the
 * dialplan asks questions, and the cross-tab the person chose (two questions, or one for a one-way
 * table). The CLI's `--html` assembles the same parts from its flags.
 */
import type { AnswerLabels } from './answer-labels.ts';
import type { CallResultSet } from './call-set.ts';
import { callResultText } from './call-result-words.ts';
import { completionOf, type CompletionDesign } from './poll-completion.ts';
import { crossTabCells, oneWayTable } from './crosstab-cells.ts';
import type { DialplanQuestions } from './dialplan-questions.ts';
import { describeFilter, filterCalls, type CallFilter } from './filter.ts';
import { callsDateRange, resultsReportHtml } from './report-html.ts';
import { orderQuestions, summarizeCalls } from './summarize.ts';

export interface ReportRequest {
  filter: CallFilter;
  /** The dialplan's questions in order (funnel order). */
  known: readonly string[];
  dialplanName?: string;
  labels?: AnswerLabels;
  /** Absent when the dialplan asks no question: then no completion is claimed. */
  design?: { plan: DialplanQuestions; design: CompletionDesign };
  /** Rows alone: a one-way table. */
  crosstab?: { rows: string; columns?: string };
  generatedAt?: string;
}

export function reportOfCalls(set: CallResultSet, request: ReportRequest): string {
  const calls = filterCalls(set, request.filter);
  const { rows, columns } = request.crosstab ?? {};
  const crosstab =
    rows === undefined
      ? undefined
      : columns === undefined
        ? oneWayTable(set, rows, calls)
        : crossTabCells(set, rows, columns, calls);
  return resultsReportHtml({
    summary: summarizeCalls(set, orderQuestions(set.questionsSeen, request.known), calls),
    dialplanName: request.dialplanName,
    labels: request.labels,
    completion:
      request.design && completionOf(set, request.design.plan, request.design.design, calls),
    filters: describeFilter(request.filter, callResultText),
    dateRange: callsDateRange(set, calls),
    crosstab,
    generatedAt: request.generatedAt,
  });
}
