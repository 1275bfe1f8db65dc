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

// A worker that fails (it did not load, or died) rejects the layout: the canvas stops waiting.
const client = new WorkerClient<{ input: LayoutInput; pane?: Size }, LayoutReply>(
  () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'layout worker' },
);

/** Lays `input` out to fit a pane of that size (the direction is chosen in the worker). */
export function layoutInWorker(input: LayoutInput, pane?: Size): Promise<LaidOut> {
  return client.request({ input, pane }).then(
    (reply) => ({ positions: unpackPositions(input, reply.packed), direction: reply.direction }),
    (error: Error) => {
      throw new Error(`Layout failed: ${error.message}`);
    },
  );
}
