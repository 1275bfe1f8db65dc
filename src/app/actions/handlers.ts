/**
 * Actions whose work lives in a mounted component (Download needs the Export view's error check):
 * the component lends its function while mounted; the action is enabled only then.
 */
import { useEffect, useRef } from 'react';

const handlers = new Map<string, () => void>();

export function actionHandler(id: string): (() => void) | undefined {
  return handlers.get(id);
}

/** While the calling component is mounted, action `id` runs `run` (always its latest version). */
export function useActionHandler(id: string, run: () => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const handler = () => latest.current();
    handlers.set(id, handler);
    return () => {
      if (handlers.get(id) === handler) handlers.delete(id);
    };
  }, [id]);
}
