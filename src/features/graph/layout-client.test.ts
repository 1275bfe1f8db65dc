/**
 * Issue 28: the layout's worker client had no `onerror`, so a worker that failed to load left the canvas
 * "laying out" for good. A failed worker must reject the layout.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LayoutInput } from '../../core/index.ts';
import { layoutInWorker } from './layout-client.ts';

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

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('layoutInWorker', () => {
  it('rejects, rather than waiting forever, when the layout worker fails', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const input: LayoutInput = { nodes: [{ id: 'a', width: 10, height: 10 }], edges: [] };
    await expect(layoutInWorker(input)).rejects.toThrow(/Layout failed: layout worker failed/);
  });
});
