import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeWorkers, type FakeWorker } from './fake-worker.test-support.ts';
import { WorkerClient } from './worker-client.ts';

function setUp(timeoutMs?: number) {
  const { workers, create } = fakeWorkers();
  const client = new WorkerClient<{ n: number }, { doubled: number }>(create, {
    name: 'test worker',
    timeoutMs,
  });
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

describe('the worker client: progress, unasked messages and posts', () => {
  function setUpStreaming() {
    const { workers, create } = fakeWorkers();
    const events: { told: string }[] = [];
    const failures: string[] = [];
    const client = new WorkerClient<{ n: number }, { doubled: number }, number, { told: string }>(
      create,
      {
        name: 'test worker',
        onEvent: (event) => events.push(event),
        onFail: (error) => failures.push(error.message),
      },
    );
    return { client, workers, events, failures };
  }

  it("hands a request's updates to it, in order, until its answer", async () => {
    const { client, workers } = setUpStreaming();
    const updates: number[] = [];
    const request = client.request({ n: 1 }, { onUpdate: (u) => updates.push(u) });
    const worker = workers[0] as FakeWorker;
    const id = worker.sent[0]?.id;
    worker.answer({ id, update: 10 });
    worker.answer({ id, update: 20 });
    expect(client.waiting).toBe(1);
    worker.answer({ id, doubled: 2 });
    await expect(request).resolves.toMatchObject({ doubled: 2 });
    worker.answer({ id, update: 30 }); // late: dropped
    expect(updates).toEqual([10, 20]);
  });

  it('posts without waiting for an answer, and hands messages without an id to onEvent', () => {
    const { client, workers, events } = setUpStreaming();
    client.post({ n: 5 });
    const worker = workers[0] as FakeWorker;
    expect(worker.sent).toEqual([{ n: 5 }]);
    expect(client.waiting).toBe(0);
    worker.answer({ told: 'progress' });
    expect(events).toEqual([{ told: 'progress' }]);
  });

  it('tells onFail when the worker fails with nothing waiting, and starts a new worker after', () => {
    const { client, workers, failures } = setUpStreaming();
    client.post({ n: 1 });
    workers[0]?.fail('did not load');
    expect(failures).toEqual(['test worker failed: did not load']);
    expect(workers[0]?.terminated).toBe(true);
    client.post({ n: 2 });
    expect(workers).toHaveLength(2);
  });

  it('does not call a deliberate stop a failure', async () => {
    const { client, failures } = setUpStreaming();
    const request = client.request({ n: 1 });
    client.dispose();
    await expect(request).rejects.toThrow('test worker was stopped');
    expect(failures).toEqual([]);
  });
});
