/**
 * `dialplan simulate --random N`: runs the batch in pieces and, once it has taken longer than a second,
 * tells its progress on stderr about once a second (`simulated 12,000 of 100,000 calls (12%)`), so that a
 * long batch is never silent. Short batches print nothing; stdout keeps only the JSON summary.
 */
import { BatchRun, type BatchOptions, type BatchSummary } from '../../core/index.ts';
import type { DialplanDocument } from '../../core/index.ts';

/** Calls run between two looks at the clock. */
const PIECE = 200;
/** How often progress is told, and after how long the first time. */
export const PROGRESS_EVERY_MS = 1000;

function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function runBatchWithProgress(
  document: DialplanDocument,
  batch: BatchOptions,
  tell: (line: string) => void,
  now: () => number = () => performance.now(),
): BatchSummary {
  const run = new BatchRun(document, batch);
  let next = now() + PROGRESS_EVERY_MS;
  let told = false;
  while (!run.finished) {
    run.run(PIECE);
    const at = now();
    if (at < next || run.finished) continue;
    const percent = Math.floor((run.done / run.total) * 100);
    tell(`simulated ${count(run.done)} of ${count(run.total)} calls (${percent}%)\n`);
    told = true;
    next = at + PROGRESS_EVERY_MS;
  }
  if (told) tell(`simulated ${count(run.total)} calls\n`);
  return run.summary();
}
