import { useCallback, useSyncExternalStore } from 'react';

/** The phone layout's viewport: at most 480 CSS pixels wide (a phone held upright). */
export const PHONE_QUERY = '(max-width: 480px)';

/** Whether `query` matches now; follows resizes and rotations live. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}
