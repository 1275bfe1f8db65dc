/**
 * Talks to the results worker: one worker per Results panel, requests answered in order. Replies to
 * queries carry the id of the request, so a late answer to an old filter is recognised and dropped.
 */
import type { CallFilter, ReportRequest } from '../../core/index.ts';
import { yieldToBrowser } from '../../ui/schedule.ts';
import type { PollDesign, QueryReply, ResultsReply, ResultsRequest } from './worker-protocol.ts';

export interface LoadEvents {
  onProgress: (done: number, total: number, calls: number) => void;
  onLoaded: (calls: number) => void;
  onFileError: (name: string, message: string) => void;
}

type Waiting = (reply: ResultsReply) => void;

/** Main-thread time spent posting files before giving the browser a turn (input, paint). */
const POST_BUDGET_MS = 8;

export class ResultsClient {
  private readonly worker = new Worker(new URL('./results.worker.ts', import.meta.url), {
    type: 'module',
  });
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  /** Bumped by clear(): files of an earlier load still waiting to be posted are not sent. */
  private generation = 0;

  constructor(private readonly events: LoadEvents) {
    this.worker.addEventListener('message', (event: MessageEvent<ResultsReply>) =>
      this.receive(event.data),
    );
  }

  private receive(reply: ResultsReply): void {
    if (reply.type === 'progress') this.events.onProgress(reply.done, reply.total, reply.calls);
    else if (reply.type === 'loaded') this.events.onLoaded(reply.calls);
    else if (reply.type === 'file-error') this.events.onFileError(reply.name, reply.message);
    else {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    }
  }

  private send(request: ResultsRequest): void {
    this.worker.postMessage(request);
  }

  private ask<T extends ResultsReply>(make: (id: number) => ResultsRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) => resolve(reply as T));
      this.send(make(id));
    });
  }

  /**
   * Posts the files one message each, yielding every few milliseconds. Cloning a File the user picked
   * makes Chrome look up its size and date synchronously (a file-system round trip, 1–4 ms under
   * load): 100 files in one postMessage were one 360 ms main-thread task.
   */
  async addFiles(files: File[]): Promise<void> {
    const generation = this.generation;
    let slice = performance.now();
    for (let index = 0; index < files.length; index++) {
      if (performance.now() - slice > POST_BUDGET_MS) {
        await yieldToBrowser();
        if (generation !== this.generation) return;
        slice = performance.now();
      }
      this.send({ type: 'add-file', file: files[index] as File, index, total: files.length });
    }
  }

  addText(name: string, text: string): void {
    this.send({ type: 'add-text', name, text });
  }

  clear(): void {
    this.generation++;
    this.send({ type: 'clear' });
  }

  query(
    filter: CallFilter,
    known: string[],
    crossTab?: [string, string],
    design?: PollDesign,
  ): Promise<QueryReply> {
    return this.ask((id) => ({ type: 'query', id, filter, known, crossTab, design }));
  }

  /** The CSV's text in parts (for a Blob; see the worker protocol). */
  async csv(filter: CallFilter, known: string[]): Promise<string[]> {
    const reply = await this.ask<Extract<ResultsReply, { type: 'csv' }>>((id) => ({
      type: 'csv',
      id,
      filter,
      known,
    }));
    return reply.parts;
  }

  /** The HTML report (one self-contained file) of the calls `request.filter` keeps. */
  async report(request: ReportRequest): Promise<string> {
    const reply = await this.ask<Extract<ResultsReply, { type: 'report' }>>((id) => ({
      type: 'report',
      id,
      request,
    }));
    return reply.html;
  }

  dispose(): void {
    this.worker.terminate();
  }
}
