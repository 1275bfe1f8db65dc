/** Results lab core: call pages → merged calls → summary, cross-tab, CSV, and the graph overlay. */
export type {
  CallFields,
  CallResult,
  FunnelStep,
  Interval,
  QuestionCounts,
  ResultsSummary,
} from './types.ts';
export {
  ResultsInputError,
  itemsOfPage,
  parsePageText,
  type CallInput,
  type AttemptInput,
} from './read-page.ts';
export { CallResultSet } from './call-set.ts';
export { countOf, emptyRecord } from './records.ts';
export {
  CROSS_TAB_LIMIT,
  LIVE_ANSWER,
  crossTab,
  orderQuestions,
  summarizeCalls,
  type CrossTab,
} from './summarize.ts';
export { wilsonInterval } from './wilson.ts';
export {
  dialplanQuestions,
  questionMismatches,
  type DialplanQuestions,
  type MenuSite,
  type StashSite,
} from './dialplan-questions.ts';
export {
  overlayOf,
  type BranchOverlay,
  type ElementOverlay,
  type MenuOverlay,
  type OverlayCounts,
} from './overlay.ts';
export {
  answerGaps,
  branchGaps,
  branchName,
  gapSentence,
  pointsText,
  type BranchGap,
} from './overlay-gaps.ts';
export { callCsvRow, callsCsv, csvChunks, csvField, csvHeader, csvRow } from './csv.ts';
export {
  describeFilter,
  filterCalls,
  filterChoices,
  matchesFilter,
  type CallFilter,
} from './filter.ts';
export { answerLabels, promptKeys, type AnswerLabels } from './answer-labels.ts';
export {
  completionDesign,
  completionOf,
  type Completion,
  type CompletionDesign,
  type SiteDesign,
} from './poll-completion.ts';
export {
  BILLED_UNIT,
  CALL_RESULT_WORDS,
  answerText,
  callResultText,
  callResultWords,
} from './call-result-words.ts';
export {
  crossTabCells,
  crossTabTotals,
  mostFrequent,
  oneWayTable,
  type CrossTabCells,
  type OneWayTable,
} from './crosstab-cells.ts';
export { callsDateRange, resultsReportHtml, type ResultsReportInput } from './report-html.ts';
export { reportOfCalls, type ReportRequest } from './report-of-calls.ts';
