/**
 * The forecast behind "Numbers on the graph: Forecast": runs in its own worker whenever it is chosen and
 * the dialplan changes, tells its progress, and can be cancelled (the worker is ended) and run again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OverlayCounts } from '../../core/index.ts';
import type { StudioStore } from '../../store/index.ts';
import type { ForecastMessage } from './forecast-run.ts';

export interface ForecastState {
  status: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  counts?: OverlayCounts;
}

export interface Forecast {
  state?: ForecastState;
  cancel: () => void;
  again: () => void;
}

/** `key` changes when the dialplan does (a new forecast then runs on the store's current text). */
export function useForecast(
  active: boolean,
  store: StudioStore,
  key: unknown,
  calls: number,
): Forecast {
  const [state, setState] = useState<ForecastState>();
  const [round, setRound] = useState(0);
  const worker = useRef<Worker | undefined>(undefined);

  useEffect(() => {
    if (!active) return;
    const running = new Worker(new URL('./forecast.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.current = running;
    setState((s) => ({ status: 'running', done: 0, total: calls, counts: s?.counts }));
    running.addEventListener('message', (event: MessageEvent<ForecastMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        setState((s) => ({ ...s, status: 'running', done: message.done, total: message.total }));
      } else {
        setState({ status: 'done', done: calls, total: calls, counts: message.counts });
        running.terminate();
      }
    });
    running.addEventListener('error', () => {
      setState((s) => ({ done: 0, total: calls, ...s, status: 'failed' }));
      running.terminate();
    });
    running.postMessage({ dialplanText: store.getState().text, calls });
    return () => {
      running.terminate();
      if (worker.current === running) worker.current = undefined;
    };
  }, [active, store, key, round, calls]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = undefined;
    setState((s) => (s && s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, []);
  const again = useCallback(() => setRound((r) => r + 1), []);
  return { state: active ? state : undefined, cancel, again };
}
