/** Runs the elkjs layout in a Web Worker (created on first use, kept for later layouts). */
import {
  unpackPositions,
  type LaidOut,
  type LayoutDirection,
  type LayoutInput,
  type Size,
} from '../../core/index.ts';
import { WorkerClient } from '../../store/worker-client.ts';

/** Positions packed in the input's node order (core/layout/packed-positions.ts). */
interface LayoutReply {
  packed: Float64Array;
  direction: LayoutDirection;
}

/**
 * How long a layout may take before it counts as failed. The 1,000-question poll lays out in about a
 * second (layout.worker.ts); a layout that hangs instead of failing would otherwise leave the canvas
 * busy (aria-busy, Tidy disabled) for good.
 */
export const LAYOUT_TIMEOUT_MS = 10_000;

// A worker that fails (it did not load, or died) or does not answer in time rejects the layout: the
// canvas stops waiting.
const client = new WorkerClient<{ input: LayoutInput; pane?: Size }, LayoutReply>(
  () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'layout worker', timeoutMs: LAYOUT_TIMEOUT_MS },
);

/** Lays `input` out to fit a pane of that size (the direction is chosen in the worker). */
export function layoutInWorker(input: LayoutInput, pane?: Size): Promise<LaidOut> {
  return client.request({ input, pane }).then(
    (reply) => ({ positions: unpackPositions(input, reply.packed), direction: reply.direction }),
    (error: Error) => {
      // A worker stuck in a layout would keep every later one waiting behind it: the next starts afresh.
      if (error.name === 'TimeoutError') client.dispose();
      throw new Error(`Layout failed: ${error.message}`);
    },
  );
}
