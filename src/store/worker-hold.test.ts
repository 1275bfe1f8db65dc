import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterWorkerHolds, holdWorkers, MAX_HOLD_MS } from './worker-hold.ts';

afterEach(() => vi.useRealTimers());

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('worker holds', () => {
  it('lets a job start at once when nothing holds', async () => {
    vi.useFakeTimers();
    expect(await settled(afterWorkerHolds())).toBe(true);
  });

  it('keeps a job waiting until every hold is done or released', async () => {
    vi.useFakeTimers();
    let finishOpening = () => {};
    holdWorkers(new Promise<void>((resolve) => (finishOpening = resolve)));
    const release = holdWorkers(new Promise(() => {}));
    const job = afterWorkerHolds();
    expect(await settled(job)).toBe(false);
    finishOpening();
    expect(await settled(job)).toBe(false);
    release();
    expect(await settled(job)).toBe(true);
  });

  it('a hold that never ends lets go after MAX_HOLD_MS', async () => {
    vi.useFakeTimers();
    holdWorkers(new Promise(() => {}));
    const job = afterWorkerHolds();
    await vi.advanceTimersByTimeAsync(MAX_HOLD_MS - 1);
    expect(await settled(job)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(job)).toBe(true);
  });

  it('a failed opening lets go as well', async () => {
    vi.useFakeTimers();
    holdWorkers(Promise.reject(new Error('the editor failed to load')));
    expect(await settled(afterWorkerHolds())).toBe(true);
  });
});
