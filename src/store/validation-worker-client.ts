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
import { WorkerClient } from './worker-client.ts';

// A worker that cannot start (or died) fails every request; the slice then validates on the page.
let client: WorkerClient<{ text: string }, { diagnostics: Diagnostic[] }> | undefined;

function validationWorker(): WorkerClient<{ text: string }, { diagnostics: Diagnostic[] }> {
  client ??= new WorkerClient(
    () => new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' }),
    { name: 'validation worker' },
  );
  return client;
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
  return afterWorkerHolds()
    .then(() => validationWorker().request({ text }))
    .then((reply) => reply.diagnostics);
}
