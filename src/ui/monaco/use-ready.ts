import { useEffect, useState } from 'react';

/**
 * False until the promise `start()` returns (called once, on mount) has settled: the Monaco editors
 * render only once their chunks are evaluated and their services built, each in tasks of its own.
 */
export function useReady(start: () => Promise<unknown>): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void start().then(() => live && setReady(true));
    return () => {
      live = false;
    };
    // started once: a later `start` would be the same work
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ready;
}
