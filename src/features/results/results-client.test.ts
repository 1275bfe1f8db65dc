import { describe, expect, it } from 'vitest';
import { fakeWorkers, type FakeWorker } from '../../store/fake-worker.test-support.ts';
import { ResultsClient, type LoadEvents } from './results-client.ts';

function setUp() {
  const { workers, create } = fakeWorkers();
  const told: string[] = [];
  const events: LoadEvents = {
    onProgress: (done, total, calls) => told.push(`progress ${done}/${total} ${calls}`),
    onLoaded: (calls) => told.push(`loaded ${calls}`),
    onFileError: (name, message) => told.push(`file-error ${name}: ${message}`),
    onFailed: (message) => told.push(`failed ${message}`),
  };
  const client = new ResultsClient(events, create);
  const worker = () => workers.at(-1) as FakeWorker;
  return { client, workers, worker, told };
}

const files = (n: number) =>
  Array.from({ length: n }, (_, i) => new File(['{}'], `page-${i + 1}.json`));

describe('the results client', () => {
  it('posts each file of a load, in order, and passes on what the worker tells of it', async () => {
    const { client, worker, told } = setUp();
    await client.addFiles(files(3));
    expect(worker().sent.map((m) => [m.type, m.index, m.total, m.id])).toEqual([
      ['add-file', 0, 3, undefined],
      ['add-file', 1, 3, undefined],
      ['add-file', 2, 3, undefined],
    ]);
    worker().answer({ type: 'progress', done: 1, total: 3, calls: 10 });
    worker().answer({ type: 'file-error', name: 'page-2.json', message: 'not a page' });
    worker().answer({ type: 'loaded', calls: 10 });
    expect(told).toEqual(['progress 1/3 10', 'file-error page-2.json: not a page', 'loaded 10']);
  });

  it('answers each query with the reply of its own id', async () => {
    const { client, worker } = setUp();
    const first = client.query({}, []);
    const second = client.csv({}, []);
    const [a, b] = worker().sent;
    worker().answer({ id: b?.id, type: 'csv', parts: ['x,y\n'] });
    worker().answer({ id: a?.id, type: 'summary', questionsSeen: ['Q1'] });
    await expect(second).resolves.toEqual(['x,y\n']);
    await expect(first).resolves.toMatchObject({ questionsSeen: ['Q1'] });
  });

  it('rejects a query the worker could not answer, with its reason', async () => {
    const { client, worker } = setUp();
    const report = client.report({ filter: {}, known: [], labels: {}, generatedAt: 'now' });
    worker().answer({ id: worker().sent[0]?.id, error: 'RangeError: too big' });
    await expect(report).rejects.toThrow('RangeError: too big');
  });

  // The old client listened for no `error`: a worker that did not load left "Reading…" up for good.
  it('tells the panel when the worker fails during a load, and a waiting query rejects', async () => {
    const { client, workers, worker, told } = setUp();
    await client.addFiles(files(2));
    const query = client.query({}, []);
    worker().fail('results.worker.ts did not load');
    expect(told).toEqual(['failed results worker failed: results.worker.ts did not load']);
    await expect(query).rejects.toThrow('results worker failed');

    client.addText('pasted text', '{}'); // a new worker reads what comes next
    expect(workers).toHaveLength(2);
    expect(worker().sent).toEqual([{ type: 'add-text', name: 'pasted text', text: '{}' }]);
  });
});
