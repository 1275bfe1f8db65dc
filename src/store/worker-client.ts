/**
 * One typed client for the studio's workers (issue 28): request/response matched by id, a timeout per
 * request, cancellation through an AbortSignal, and a worker that fails (`error`: it did not load, or
 * threw outside a request) rejects every pending request and is replaced on the next one — a dead
 * worker never leaves its caller waiting for good.
 *
 * The protocol: the page posts `{ id, ...request }`; the worker answers `{ id, ...reply }`, or
 * `{ id, error }` when the request failed (then the promise rejects with that message). A long request
 * may tell its progress first as `{ id, update }` (to the request's `onUpdate`). Messages posted without
 * a reply (`post`) carry no id; what the worker tells unasked (no id) goes to the client's `onEvent`.
 */

export interface WorkerRequestOptions<Update = never> {
  /** Rejects with a `TimeoutError` after this long (default: the client's `timeoutMs`, none if unset). */
  timeoutMs?: number;
  /** Rejects with an `AbortError` when aborted; a late answer is dropped. */
  signal?: AbortSignal;
  transfer?: Transferable[];
  /** Each `{ id, update }` the worker sends before its answer (a long request's progress). */
  onUpdate?: (update: Update) => void;
}

export interface WorkerClientOptions<Event = never> {
  /** Named in errors ("layout worker failed"). */
  name: string;
  timeoutMs?: number;
  /** What the worker sends without an id (unasked: a load's progress, a file it could not read). */
  onEvent?: (event: Event) => void;
  /**
   * The worker failed, whether or not a request was waiting: work sent with `post` is lost, and the
   * person should hear of it. (Not called for `dispose`.)
   */
  onFail?: (error: Error) => void;
}

/** The part of `Worker` the client uses (a fake in tests). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror?: ((event: MessageEvent) => void) | null;
};

interface Pending<Reply, Update> {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
  done: () => void;
  onUpdate?: (update: Update) => void;
}

export class WorkerClient<
  Request extends object,
  Reply extends object,
  Update = never,
  Event = never,
> {
  private worker: WorkerLike | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending<Reply, Update>>();

  constructor(
    private readonly create: () => WorkerLike,
    private readonly options: WorkerClientOptions<Event>,
  ) {}

  /** Requests still waiting for an answer. */
  get waiting(): number {
    return this.pending.size;
  }

  request(request: Request, options: WorkerRequestOptions<Update> = {}): Promise<Reply> {
    const { signal, transfer = [], onUpdate } = options;
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    if (signal?.aborted) return Promise.reject(abortError(this.options.name));
    const id = this.nextId++;
    return new Promise<Reply>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => this.settle(id, abortError(this.options.name));
      const done = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      this.pending.set(id, { resolve, reject, done, onUpdate });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const error = new Error(`${this.options.name} did not answer within ${timeoutMs} ms`);
          error.name = 'TimeoutError';
          this.settle(id, error);
        }, timeoutMs);
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        this.ensureWorker().postMessage({ id, ...request }, transfer);
      } catch (error) {
        this.settle(id, error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /**
   * Sends a message that gets no answer (the worker may tell of it through `onEvent`). A worker that
   * cannot be started or sent to is reported to `onFail`.
   */
  post(message: Request, transfer: Transferable[] = []): void {
    try {
      this.ensureWorker().postMessage(message, transfer);
    } catch (error) {
      this.failed(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Stops the worker (ending what it was doing); pending requests reject. The next request starts a new one. */
  dispose(): void {
    this.stop(new Error(`${this.options.name} was stopped`));
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent) => this.receive(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      const why = event.message ? `: ${event.message}` : '';
      this.failed(new Error(`${this.options.name} failed${why}`));
    };
    worker.onmessageerror = () =>
      this.failed(new Error(`${this.options.name} sent an unreadable answer`));
    this.worker = worker;
    return worker;
  }

  private receive(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    if (!('id' in data)) return this.options.onEvent?.(data as Event);
    const { id } = data as { id: unknown };
    if (typeof id !== 'number') return;
    if ('update' in data) this.pending.get(id)?.onUpdate?.(data.update as Update);
    else if ('error' in data && typeof data.error === 'string')
      this.settle(id, new Error(data.error));
    else this.settle(id, undefined, data as Reply);
  }

  private settle(id: number, error: Error | undefined, reply?: Reply): void {
    const waiting = this.pending.get(id);
    if (!waiting) return; // timed out, cancelled, or not ours
    this.pending.delete(id);
    waiting.done();
    if (error) waiting.reject(error);
    else waiting.resolve(reply as Reply);
  }

  /** The worker failed on its own: as `stop`, and `onFail` is told. */
  private failed(error: Error): void {
    this.stop(error);
    this.options.onFail?.(error);
  }

  /** The worker is gone: every pending request rejects, and the next request starts a new worker. */
  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const id of [...this.pending.keys()]) this.settle(id, error);
  }
}

function abortError(name: string): Error {
  const error = new Error(`${name}: request cancelled`);
  error.name = 'AbortError';
  return error;
}
