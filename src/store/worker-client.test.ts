import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerClient, type WorkerLike } from './worker-client.ts';

/** A worker in the test's hands: it records what it is sent; the test answers or fails it. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  sent: { id: number; n: number }[] = [];
  terminated = false;
  postMessage(message: { id: number; n: number }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: object): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(message = 'boom'): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

function setUp(timeoutMs?: number) {
  const workers: FakeWorker[] = [];
  const client = new WorkerClient<{ n: number }, { doubled: number }>(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    { name: 'test worker', timeoutMs },
  );
  return { client, workers };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the worker client', () => {
  it('matches answers to requests by id, in any order', async () => {
    const { client, workers } = setUp();
    const first = client.request({ n: 1 });
    const second = client.request({ n: 2 });
    const worker = workers[0] as FakeWorker;
    expect(workers).toHaveLength(1);
    const [a, b] = worker.sent;
    worker.answer({ id: b?.id, doubled: 4 });
    worker.answer({ id: a?.id, doubled: 2 });
    await expect(first).resolves.toMatchObject({ doubled: 2 });
    await expect(second).resolves.toMatchObject({ doubled: 4 });
    expect(client.waiting).toBe(0);
  });

  it('rejects with the message of a request the worker failed', async () => {
    const { client, workers } = setUp();
    const request = client.request({ n: 1 });
    workers[0]?.answer({ id: workers[0].sent[0]?.id, error: 'no layout' });
    await expect(request).rejects.toThrow('no layout');
  });

  it('rejects every pending request when the worker fails, and starts a new one after', async () => {
    const { client, workers } = setUp();
    const pending = [client.request({ n: 1 }), client.request({ n: 2 })];
    workers[0]?.fail('script error');
    for (const request of pending)
      await expect(request).rejects.toThrow('test worker failed: script error');
    expect(workers[0]?.terminated).toBe(true);
    expect(client.waiting).toBe(0);

    const again = client.request({ n: 3 });
    expect(workers).toHaveLength(2);
    workers[1]?.answer({ id: workers[1].sent[0]?.id, doubled: 6 });
    await expect(again).resolves.toMatchObject({ doubled: 6 });
  });

  it('times a request out and drops its late answer', async () => {
    vi.useFakeTimers();
    const { client, workers } = setUp(1000);
    const request = client.request({ n: 1 });
    const caught = request.catch((error: Error) => error);
    vi.advanceTimersByTime(1000);
    const error = await caught;
    expect(error).toMatchObject({ name: 'TimeoutError' });
    expect(client.waiting).toBe(0);
    workers[0]?.answer({ id: workers[0].sent[0]?.id, doubled: 2 }); // ignored
  });

  it('cancels a request through its signal, before or after it was sent', async () => {
    const { client, workers } = setUp();
    const controller = new AbortController();
    const request = client.request({ n: 1 }, { signal: controller.signal });
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    await expect(client.request({ n: 2 }, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(workers[0]?.sent).toHaveLength(1);
    expect(client.waiting).toBe(0);
  });
});
