/// <reference lib="webworker" />
/**
 * The batch forecast, in a worker of its own: the results worker stays free for queries while it runs
 * ("Reading…" used to wait behind it), and cancelling is ending this worker. Progress goes to the page
 * as the request's updates (forecast-client.ts).
 */
import type { ForecastRequest } from './forecast-client.ts';
import { runForecast } from './forecast-run.ts';

self.addEventListener('message', (event: MessageEvent<ForecastRequest & { id: number }>) => {
  const { id, dialplanText, calls } = event.data;
  try {
    runForecast(dialplanText, calls, (message) =>
      self.postMessage(message.type === 'progress' ? { id, update: message } : { id, ...message }),
    );
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
});
