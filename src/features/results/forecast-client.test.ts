import { describe, expect, it } from 'vitest';
import { fakeWorkers, type FakeWorker } from '../../store/fake-worker.test-support.ts';
import { ForecastClient, type ForecastChange } from './forecast-client.ts';

function setUp() {
  const { workers, create } = fakeWorkers();
  const client = new ForecastClient(create);
  const told: ForecastChange[] = [];
  const worker = () => workers.at(-1) as FakeWorker;
  return { client, workers, worker, told, tell: (change: ForecastChange) => told.push(change) };
}

const counts = { liveAnswers: 3, questions: { Q1: { yes: 3 } } };
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the forecast client', () => {
  it('tells the progress of a run, then its counts, and ends the worker', async () => {
    const { client, worker, told, tell } = setUp();
    client.start('<dialplan/>', 100, tell);
    const { id, dialplanText, calls } = worker().sent[0] ?? {};
    expect({ dialplanText, calls }).toEqual({ dialplanText: '<dialplan/>', calls: 100 });
    worker().answer({ id, update: { type: 'progress', done: 40, total: 100 } });
    worker().answer({ id, type: 'done', counts });
    await settled();
    expect(told).toEqual([
      { status: 'running', done: 40, total: 100 },
      { status: 'done', done: 100, total: 100, counts },
    ]);
    expect(worker().terminated).toBe(true);
  });

  it('ends a failed run as failed, with the reason, when the worker dies', async () => {
    const { client, worker, told, tell } = setUp();
    client.start('<dialplan/>', 100, tell);
    worker().fail('out of memory');
    await settled();
    expect(told).toEqual([{ status: 'failed', error: 'forecast worker failed: out of memory' }]);
  });

  it('ends the worker when stopped and tells nothing more of that run; a new start runs anew', async () => {
    const { client, workers, worker, told, tell } = setUp();
    client.start('<dialplan/>', 100, tell);
    const first = worker();
    client.stop();
    first.answer({ id: first.sent[0]?.id, update: { type: 'progress', done: 10, total: 100 } });
    await settled();
    expect(first.terminated).toBe(true);
    expect(told).toEqual([]);

    client.start('<dialplan/>', 50, tell);
    expect(workers).toHaveLength(2);
    worker().answer({ id: worker().sent[0]?.id, type: 'done', counts });
    await settled();
    expect(told).toEqual([{ status: 'done', done: 50, total: 50, counts }]);
  });
});
