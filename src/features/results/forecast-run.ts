/**
 * The batch forecast's loop, shared by its worker (forecast.worker.ts) and its tests: runs the calls in
 * pieces and tells progress at most every `PROGRESS_EVERY_MS`, so the panel can show how far it is. A
 * call is at most the step budget (`CALL_STEP_BUDGET`), so a piece is short even on a dialplan that loops.
 */
import { BatchRun, parseDialplan, type OverlayCounts } from '../../core/index.ts';

export type ForecastMessage =
  { type: 'progress'; done: number; total: number } | { type: 'done'; counts: OverlayCounts };

const PROGRESS_EVERY_MS = 100;
/** Calls between two looks at the clock. */
const PIECE = 10;

export function runForecast(
  dialplanText: string,
  calls: number,
  post: (message: ForecastMessage) => void,
  now: () => number = () => performance.now(),
): void {
  const { document } = parseDialplan(dialplanText);
  const run = new BatchRun(document, { calls, seed: 1 });
  post({ type: 'progress', done: 0, total: calls });
  let told = now();
  while (!run.finished) {
    run.run(PIECE);
    if (now() - told < PROGRESS_EVERY_MS || run.finished) continue;
    post({ type: 'progress', done: run.done, total: calls });
    told = now();
  }
  const summary = run.summary();
  post({
    type: 'done',
    counts: { liveAnswers: summary.liveAnswers, questions: summary.responses },
  });
}
