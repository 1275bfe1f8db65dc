/**
 * The batch forecast in its worker (forecast.worker.ts), over the studio's worker client
 * (store/worker-client.ts): one run at a time, its progress sent as the request's updates. Cancelling
 * ends the worker, since the run is one loop that reads no messages; a worker that fails ends the run as
 * failed, with the reason, instead of leaving the progress bar up for good.
 */
import type { OverlayCounts } from '../../core/index.ts';
import { WorkerClient, type WorkerLike } from '../../store/worker-client.ts';
import type { ForecastMessage } from './forecast-run.ts';

export interface ForecastRequest {
  dialplanText: string;
  calls: number;
}
export type ForecastProgress = Extract<ForecastMessage, { type: 'progress' }>;
export type ForecastDone = Extract<ForecastMessage, { type: 'done' }>;

/** How a run moves on: its progress, then its end. */
export type ForecastChange =
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; done: number; total: number; counts: OverlayCounts }
  | { status: 'failed'; error: string };

const forecastWorker = (): WorkerLike =>
  new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' });

export class ForecastClient {
  private readonly client: WorkerClient<ForecastRequest, ForecastDone, ForecastProgress>;
  /** Bumped by each start and stop: what an ended run still sends is not told. */
  private run = 0;

  constructor(create: () => WorkerLike = forecastWorker) {
    this.client = new WorkerClient(create, { name: 'forecast worker' });
  }

  /** Runs a forecast of `calls` calls on `dialplanText` (ending one still running); `tell` hears how it goes. */
  start(dialplanText: string, calls: number, tell: (change: ForecastChange) => void): void {
    this.stop();
    const run = this.run;
    const current = () => run === this.run;
    this.client
      .request(
        { dialplanText, calls },
        {
          onUpdate: ({ done, total }) => current() && tell({ status: 'running', done, total }),
        },
      )
      .then(
        ({ counts }) => {
          if (!current()) return;
          tell({ status: 'done', done: calls, total: calls, counts });
          this.client.dispose(); // its memory back; the next run starts a new worker
        },
        (error: Error) => current() && tell({ status: 'failed', error: error.message }),
      );
  }

  /** Ends the run and its worker; nothing more is told of it. */
  stop(): void {
    this.run++;
    this.client.dispose();
  }
}
