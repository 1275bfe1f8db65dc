/**
 * When deferred work (validation after a text change) runs. The graph must not wait for it, so in a
 * browser it runs in the first task after the next frame has been painted; a timer makes sure it still
 * runs when no frame comes (a hidden tab). Elsewhere (Node, tests) it runs on a zero timer.
 */

/** Schedules `run` once; the returned function cancels it if it has not run yet. */
export type ScheduleTask = (run: () => void) => () => void;

/** Hidden tabs get no animation frames: the work runs after this long anyway. */
const FALLBACK_MS = 250;

export const afterNextPaint: ScheduleTask = (run) => {
  let cancelled = false;
  let frame: number | undefined;
  const timers: ReturnType<typeof setTimeout>[] = [];
  const cancel = () => {
    cancelled = true;
    for (const t of timers) clearTimeout(t);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
  const go = () => {
    if (cancelled) return;
    cancel();
    run();
  };
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      timers.push(setTimeout(go, 0));
    });
    timers.push(setTimeout(go, FALLBACK_MS));
  } else timers.push(setTimeout(go, 0));
  return cancel;
};
