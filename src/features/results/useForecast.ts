/**
 * The forecast behind "Numbers on the graph: Forecast": runs in its own worker whenever it is chosen and
 * the dialplan changes, tells its progress, and can be cancelled (the worker is ended) and run again.
 */
import { useCallback, useEffect, useState } from 'react';
import type { OverlayCounts } from '../../core/index.ts';
import type { StudioStore } from '../../store/index.ts';
import { ForecastClient } from './forecast-client.ts';

export interface ForecastState {
  status: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  counts?: OverlayCounts;
  /** Why it failed. */
  error?: string;
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
  const [client] = useState(() => new ForecastClient());

  useEffect(() => {
    if (!active) return;
    setState((s) => ({ status: 'running', done: 0, total: calls, counts: s?.counts }));
    client.start(store.getState().text, calls, (change) =>
      setState((s) => ({ done: 0, total: calls, ...s, ...change })),
    );
    return () => client.stop();
  }, [active, client, store, key, round, calls]);

  const cancel = useCallback(() => {
    client.stop();
    setState((s) => (s && s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [client]);
  const again = useCallback(() => setRound((r) => r + 1), []);
  return { state: active ? state : undefined, cancel, again };
}
