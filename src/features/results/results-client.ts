/**
 * Talks to the results worker over the studio's worker client (store/worker-client.ts): one worker per
 * Results panel, messages handled in order. Queries are requests answered by id (a late answer to an
 * old filter is recognised by the caller and dropped); a worker that fails rejects what is waiting and
 * is told to `onFailed`, so the panel shows it instead of reading for good.
 */
import type { CallFilter, ReportRequest } from '../../core/index.ts';
import { timeSlice } from '../../ui/schedule.ts';
import { WorkerClient, type WorkerLike } from '../../store/worker-client.ts';
import type {
  PollDesign,
  QueryReply,
  ResultsEvent,
  ResultsReply,
  ResultsRequest,
} from './worker-protocol.ts';

export interface LoadEvents {
  onProgress: (done: number, total: number, calls: number) => void;
  onLoaded: (calls: number) => void;
  onFileError: (name: string, message: string) => void;
  /** The worker failed: what it had read is gone, and a load in progress will not finish. */
  onFailed: (message: string) => void;
}

/** Main-thread time spent posting files before giving the browser a turn (input, paint). */
const POST_BUDGET_MS = 8;

const resultsWorker = (): WorkerLike =>
  new Worker(new URL('./results.worker.ts', import.meta.url), { type: 'module' });

export class ResultsClient {
  private readonly client: WorkerClient<ResultsRequest, ResultsReply, never, ResultsEvent>;
  /** Bumped by clear(): files of an earlier load still waiting to be posted are not sent. */
  private generation = 0;

  constructor(events: LoadEvents, create: () => WorkerLike = resultsWorker) {
    this.client = new WorkerClient(create, {
      name: 'results worker',
      onEvent: (event) => {
        if (event.type === 'progress') events.onProgress(event.done, event.total, event.calls);
        else if (event.type === 'loaded') events.onLoaded(event.calls);
        else events.onFileError(event.name, event.message);
      },
      onFail: (error) => events.onFailed(error.message),
    });
  }

  private ask<T extends ResultsReply['type']>(
    request: ResultsRequest,
  ): Promise<Extract<ResultsReply, { type: T }>> {
    return this.client.request(request) as Promise<Extract<ResultsReply, { type: T }>>;
  }

  /**
   * Posts the files one message each, yielding every few milliseconds. Cloning a File the user picked
   * makes Chrome look up its size and date synchronously (a file-system round trip, 1–4 ms under
   * load): 100 files in one postMessage were one 360 ms main-thread task.
   */
  async addFiles(files: File[]): Promise<void> {
    const generation = this.generation;
    const turn = timeSlice(POST_BUDGET_MS);
    for (let index = 0; index < files.length; index++) {
      if ((await turn()) && generation !== this.generation) return;
      this.client.post({
        type: 'add-file',
        file: files[index] as File,
        index,
        total: files.length,
      });
    }
  }

  addText(name: string, text: string): void {
    this.client.post({ type: 'add-text', name, text });
  }

  clear(): void {
    this.generation++;
    this.client.post({ type: 'clear' });
  }

  query(
    filter: CallFilter,
    known: string[],
    crossTab?: [string, string],
    design?: PollDesign,
  ): Promise<QueryReply> {
    return this.ask<'summary'>({ type: 'query', filter, known, crossTab, design });
  }

  /** The CSV's text in parts (for a Blob; see the worker protocol). */
  async csv(filter: CallFilter, known: string[]): Promise<string[]> {
    return (await this.ask<'csv'>({ type: 'csv', filter, known })).parts;
  }

  /** The HTML report (one self-contained file) of the calls `request.filter` keeps. */
  async report(request: ReportRequest): Promise<string> {
    return (await this.ask<'report'>({ type: 'report', request })).html;
  }

  dispose(): void {
    this.client.dispose();
  }
}
