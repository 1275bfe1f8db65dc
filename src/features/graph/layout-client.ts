/** Runs the elkjs layout in a Web Worker (created on first use, kept for later layouts). */
import {
  unpackPositions,
  type LaidOut,
  type LayoutDirection,
  type LayoutInput,
  type Size,
} from '../../core/index.ts';

let worker: Worker | undefined;
let nextId = 0;
interface Pending {
  input: LayoutInput;
  resolve: (laidOut: LaidOut) => void;
  reject: (error: Error) => void;
}
const pending = new Map<number, Pending>();

/** Positions packed in the input's node order (core/layout/packed-positions.ts). */
type LayoutReply =
  { id: number; packed: Float64Array; direction: LayoutDirection } | { id: number; error: string };

/** Lays `input` out to fit a pane of that size (the direction is chosen in the worker). */
export function layoutInWorker(input: LayoutInput, pane?: Size): Promise<LaidOut> {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(`Layout failed: ${reply.error}`));
      else
        waiting.resolve({
          positions: unpackPositions(waiting.input, reply.packed),
          direction: reply.direction,
        });
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { input, resolve, reject });
    worker?.postMessage({ id, input, pane });
  });
}
