/** A worker in the test's hands, for tests of the worker client and its users: it records what it is sent; the test answers or fails it. */
import type { WorkerLike } from './worker-client.ts';

export class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  sent: ({ id?: number } & Record<string, unknown>)[] = [];
  terminated = false;
  postMessage(message: { id?: number } & Record<string, unknown>): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker sends `data` to the page. */
  answer(data: object): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  /** The worker fails (did not load, or threw outside a request). */
  fail(message = 'boom'): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

/** A factory for the client that keeps every worker it made, the latest last. */
export function fakeWorkers(): { workers: FakeWorker[]; create: () => FakeWorker } {
  const workers: FakeWorker[] = [];
  return {
    workers,
    create: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  };
}
