/// <reference lib="webworker" />
/**
 * The batch forecast, in a worker of its own: the results worker stays free for queries while it runs
 * ("Reading…" used to wait behind it), and cancelling is ending this worker.
 */
import { runForecast, type ForecastMessage } from './forecast-run.ts';

self.addEventListener('message', (event: MessageEvent<{ dialplanText: string; calls: number }>) => {
  runForecast(event.data.dialplanText, event.data.calls, (message: ForecastMessage) =>
    self.postMessage(message),
  );
});
