/**
 * Workers wait while a big document's editor opens. The XML pane's editor does the heaviest
 * main-thread work of that open (Monaco's code, its first view, the text a slice at a time), while the
 * graph's layout (elkjs) and the validation run in workers. On the 2-core dev machine a busy worker
 * slowed the page's own tasks by up to a half: with the layout held back until the editor was done, the
 * longest task of opening the 1,000-question poll went from 0.14–0.29 s to 0.16–0.19 s over 8 runs
 * each (issue 11 item 6). So these workers' jobs start once the editor says it is done, or after
 * MAX_HOLD_MS whatever happens. Nothing waits when no editor holds (small documents, the XML pane
 * closed): the jobs then start at once, as before.
 */

/** The longest a hold keeps workers waiting (an editor that never loads must not stop the layout). */
export const MAX_HOLD_MS = 8000;

const holds = new Set<Promise<void>>();

/**
 * Holds the workers until `done` settles (or MAX_HOLD_MS have passed).
 * @returns a release, for a holder that goes away before it is done.
 */
export function holdWorkers(done: Promise<unknown>): () => void {
  let release = () => {};
  const hold = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, MAX_HOLD_MS);
    release = () => {
      clearTimeout(timer);
      resolve();
    };
    done.then(release, release);
  });
  holds.add(hold);
  void hold.then(() => holds.delete(hold));
  return release;
}

/** Resolves once no hold is left (at once when there is none). */
export async function afterWorkerHolds(): Promise<void> {
  while (holds.size > 0) await Promise.all(holds);
}
