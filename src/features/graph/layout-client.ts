/** Runs the elkjs layout in a Web Worker (created on first use, kept for later layouts). */
import type { LayoutInput, XY } from '../../core/index.ts';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (positions: Record<string, XY>) => void>();

export function layoutInWorker(input: LayoutInput): Promise<Record<string, XY>> {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; positions: Record<string, XY> }>) => {
      pending.get(event.data.id)?.(event.data.positions);
      pending.delete(event.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker?.postMessage({ id, input });
  });
}
