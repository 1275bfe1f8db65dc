/**
 * Actions whose work lives in a mounted component (Download needs the Export view's error check):
 * the component lends its function while mounted; the action is enabled only then.
 */
import { useEffect, useRef } from 'react';
import type { ActionContext } from './types.ts';

type Handler = (ctx: ActionContext) => void;

const handlers = new Map<string, Handler>();

export function actionHandler(id: string): Handler | undefined {
  return handlers.get(id);
}

/**
 * While the calling component is mounted (and `active`), action `id` runs `run` (always its latest
 * version).
 */
export function useActionHandler(id: string, run: Handler, active = true): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!active) return;
    const handler: Handler = (ctx) => latest.current(ctx);
    handlers.set(id, handler);
    return () => {
      if (handlers.get(id) === handler) handlers.delete(id);
    };
  }, [id, active]);
}
