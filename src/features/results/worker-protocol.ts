/**
 * The messages between the Results panel and its worker (results.worker.ts), over the studio's worker
 * client (store/worker-client.ts): loads are posted without an answer and the worker tells their
 * progress unasked (`ResultsEvent`, no id); queries, CSV and report are requests answered by id.
 */
import type {
  CallFilter,
  Completion,
  CompletionDesign,
  CrossTab,
  DialplanQuestions,
  ReportRequest,
  ResultsSummary,
  StashSite,
} from '../../core/index.ts';

/**
 * The open dialplan's design, for completion by design. One message carries both, so structured
 * cloning keeps `design.sites`' keys the same objects as `plan.sites`.
 */
export interface PollDesign {
  plan: DialplanQuestions;
  design: CompletionDesign;
}

export type ResultsRequest =
  /**
   * One file of a load of `total` files, the `index`th (0-based): files are posted one by one (see
   * ResultsClient.addFiles) and the worker answers `loaded` after the last.
   */
  | { type: 'add-file'; file: File; index: number; total: number }
  | { type: 'add-text'; name: string; text: string }
  | { type: 'clear' }
  | {
      type: 'query';
      filter: CallFilter;
      /** The dialplan's questions in order (funnel order), from the document open in the studio. */
      known: string[];
      crossTab?: [string, string];
      /** Absent when the dialplan asks no question: then no completion is claimed. */
      design?: PollDesign;
    }
  | { type: 'csv'; filter: CallFilter; known: string[] }
  /** The HTML report of the calls the filter keeps (core's reportOfCalls). */
  | { type: 'report'; request: ReportRequest };

export interface FilterChoices {
  finalCallResults: string[];
  labels: string[];
  batchIds: string[];
}

export interface QueryReply {
  type: 'summary';
  summary: ResultsSummary;
  choices: FilterChoices;
  questionsSeen: string[];
  crossTab?: CrossTab;
  /** Completion by design, when the query had the dialplan's design. */
  completion?: Completion;
}

/** What the worker tells unasked, without an id. */
export type ResultsEvent =
  | { type: 'progress'; done: number; total: number; calls: number }
  | { type: 'loaded'; calls: number }
  | { type: 'file-error'; name: string; message: string };

/** The answer to a query, csv or report request (sent with the request's id). */
export type ResultsReply =
  | QueryReply
  /** The CSV in chunks of about 64 KB: joined, a wide CSV could pass the longest string V8 holds. */
  | { type: 'csv'; parts: string[] }
  | { type: 'report'; html: string };

export type { StashSite };
