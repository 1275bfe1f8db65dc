/**
 * Issue 28: the layout's worker client had no `onerror`, so a worker that failed to load left the canvas
 * "laying out" for good. A failed worker must reject the layout, and so must one that never answers
 * (a layout that hangs instead of failing): after LAYOUT_TIMEOUT_MS.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LayoutInput } from '../../core/index.ts';
import { FakeWorker } from '../../store/fake-worker.test-support.ts';
import { LAYOUT_TIMEOUT_MS, layoutInWorker } from './layout-client.ts';

class FailingWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(): void {
    // the script did not load: the browser reports an error event, and no answer ever comes
    setTimeout(() =>
      this.onerror?.({ message: 'failed to fetch', preventDefault() {} } as ErrorEvent),
    );
  }
  terminate(): void {}
}

/** The workers the layout client made; each takes every request and never answers (a hung layout). */
const made: FakeWorker[] = [];
class SilentWorker extends FakeWorker {
  constructor() {
    super();
    made.push(this);
  }
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('layoutInWorker', () => {
  it('rejects, rather than waiting forever, when the layout worker fails', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const input: LayoutInput = { nodes: [{ id: 'a', width: 10, height: 10 }], edges: [] };
    await expect(layoutInWorker(input)).rejects.toThrow(/Layout failed: layout worker failed/);
  });

  it('fails a layout that never answers after LAYOUT_TIMEOUT_MS, and the next one gets a new worker', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', SilentWorker);
    const input: LayoutInput = { nodes: [{ id: 'a', width: 10, height: 10 }], edges: [] };
    const settled = vi.fn();
    const layout = layoutInWorker(input);
    layout.then(settled, settled);
    const failed = expect(layout).rejects.toThrow(
      `Layout failed: layout worker did not answer within ${LAYOUT_TIMEOUT_MS} ms`,
    );
    const hung = made.at(-1)!;
    expect(hung.sent).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(LAYOUT_TIMEOUT_MS - 1);
    expect(settled).not.toHaveBeenCalled(); // still waiting, as a slow layout may
    await vi.advanceTimersByTimeAsync(1);
    await failed;
    expect(hung.terminated).toBe(true); // the stuck worker is stopped

    const next = layoutInWorker(input);
    const nextFailed = expect(next).rejects.toThrow(/did not answer/);
    expect(made.at(-1)).not.toBe(hung);
    expect(made.at(-1)!.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(LAYOUT_TIMEOUT_MS);
    await nextFailed;
  });
});
