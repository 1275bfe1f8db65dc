/** Runs the elkjs layout in a Web Worker (created on first use, kept for later layouts). */
import type { LayoutInput, XY } from '../../core/index.ts';

let worker: Worker | undefined;
let nextId = 0;
interface Pending {
  resolve: (positions: Record<string, XY>) => void;
  reject: (error: Error) => void;
}
const pending = new Map<number, Pending>();

type LayoutReply = { id: number; positions: Record<string, XY> } | { id: number; error: string };

export function layoutInWorker(input: LayoutInput): Promise<Record<string, XY>> {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(`Layout failed: ${reply.error}`));
      else waiting?.resolve(reply.positions);
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker?.postMessage({ id, input });
  });
}
