/**
 * Validation of big texts in a worker (`validation.worker.ts`): the worker parses the text itself and
 * sends back plain diagnostics, so the page never runs the validator's whole-document rules on a big
 * text (≈ 0.3 s for the 1,000-question poll, several seconds for a 5 MB file).
 *
 * One worker, made on first use; only the latest request is answered for each text change (the
 * document slice drops answers for texts that are no longer current).
 */
import type { Diagnostic } from '../core/index.ts';
import { afterWorkerHolds } from './worker-hold.ts';

interface Reply {
  id: number;
  diagnostics?: Diagnostic[];
  error?: string;
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }
>();

function validationWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const { id, diagnostics, error } = event.data;
    const request = waiting.get(id);
    waiting.delete(id);
    if (diagnostics) request?.resolve(diagnostics);
    else request?.reject(new Error(error ?? 'validation failed'));
  };
  worker.onerror = () => {
    // A worker that cannot start (or died) fails every request; the slice validates on the page.
    for (const request of waiting.values()) request.reject(new Error('validation worker failed'));
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** Whether this page has workers (a browser); Node and the unit tests do not. */
export function canValidateInWorker(): boolean {
  return typeof Worker !== 'undefined';
}

/**
 * The diagnostics of `text` (syntax and validation, as `diagnose` gives them), computed in a worker;
 * undefined where there are no workers (Node, tests): then the caller validates itself.
 */
export function validateInWorker(text: string): Promise<Diagnostic[]> | undefined {
  if (!canValidateInWorker()) return undefined;
  // not while a big document's editor opens (worker-hold.ts)
  return afterWorkerHolds().then(
    () =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        validationWorker().postMessage({ id, text });
      }),
  );
}
