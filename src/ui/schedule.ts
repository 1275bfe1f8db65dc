/**
 * Giving the browser a turn, in one place (issue 28: eight copies, two timings under one name). Three
 * waits, named by what they wait for, and a time-sliced loop:
 * - `nextTimerTask` — a `setTimeout(0)` task: timers and rendering may come first, and nested calls are
 *   clamped to 4 ms. For splitting work into separate tasks where the gap itself is not the cost (module
 *   evaluation in chunks, Monaco's layers and warm-up steps, layout start).
 * - `yieldToBrowser` — a message round trip: a later task with no clamping and no wait for a frame. For
 *   loops that hand over often (posting files, a slow import's notice).
 * - `nextPaint` — after the browser has painted the current frame.
 * - `timeSlice(budgetMs)` — a loop's check: yields (`yieldToBrowser`) once `budgetMs` of main-thread
 *   time has passed since the last turn, and tells the loop whether it did.
 */

/** Resolves in a later timer task (`setTimeout(0)`). */
export function nextTimerTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in a later task through a MessageChannel round trip (no 4 ms timer clamping). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves after the browser has painted the current frame. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Runs `steps` in order, each in a timer task of its own. */
export async function runInTasks(steps: readonly (() => void)[]): Promise<void> {
  for (const step of steps) {
    await nextTimerTask();
    step();
  }
}

/**
 * A time-sliced loop's turn-taking: call the returned function between items; it resolves `true` after
 * giving the browser a turn (the budget was spent), `false` at once otherwise.
 */
export function timeSlice(budgetMs: number, now: () => number = () => performance.now()) {
  let start = now();
  return async (): Promise<boolean> => {
    if (now() - start <= budgetMs) return false;
    await yieldToBrowser();
    start = now();
    return true;
  };
}
