/**
 * Talks to the results worker: one worker per Results panel, requests answered in order. Replies to
 * queries carry the id of the request, so a late answer to an old filter is recognised and dropped.
 */
import type { CallFilter, OverlayCounts } from '../../core/index.ts';
import type { QueryReply, ResultsReply, ResultsRequest } from './worker-protocol.ts';

export interface LoadEvents {
  onProgress: (done: number, total: number, calls: number) => void;
  onLoaded: (calls: number) => void;
  onFileError: (name: string, message: string) => void;
}

type Waiting = (reply: ResultsReply) => void;

export class ResultsClient {
  private readonly worker = new Worker(new URL('./results.worker.ts', import.meta.url), {
    type: 'module',
  });
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

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

  addFiles(files: File[]): void {
    this.send({ type: 'add-files', files });
  }

  addText(name: string, text: string): void {
    this.send({ type: 'add-text', name, text });
  }

  clear(): void {
    this.send({ type: 'clear' });
  }

  query(filter: CallFilter, known: string[], crossTab?: [string, string]): Promise<QueryReply> {
    return this.ask((id) => ({ type: 'query', id, filter, known, crossTab }));
  }

  async forecast(dialplanText: string, calls: number): Promise<OverlayCounts> {
    const reply = await this.ask<Extract<ResultsReply, { type: 'forecast' }>>((id) => ({
      type: 'forecast',
      id,
      dialplanText,
      calls,
    }));
    return reply.counts;
  }

  async csv(filter: CallFilter, known: string[]): Promise<string> {
    const reply = await this.ask<Extract<ResultsReply, { type: 'csv' }>>((id) => ({
      type: 'csv',
      id,
      filter,
      known,
    }));
    return reply.text;
  }

  dispose(): void {
    this.worker.terminate();
  }
}
