import { expect, test, type Page } from '@playwright/test';
import { generatePoll } from '../bench/gen-poll.ts';
import { AUTOSAVE_KEY } from '../src/store/persistence/storage-keys.ts';
import { longestTask, observeLongTasks, settle } from './long-tasks.ts';

/** The longest the main thread may be blocked at a time while the big poll opens (issue 11 item 6). */
const LONGEST_TASK_MS = 200;

test.use({ viewport: { width: 1366, height: 768 }, trace: 'off' });

// Measured with the page left to itself: Playwright's trace recorder serializes the page (DOM and
// style sheets) on the page's main thread at each step, which made tasks of 0.2–0.26 s that are not the
// studio's on the 2-core machine. So this file records no trace, and waits on the open with plain DOM
// reads in the page.
async function openBigPollUntouched(page: Page) {
  await seedFromStaticPage(page, generatePoll(1000));
  await observeLongTasks(page);
  await page.goto('/');
  // the XML pane shows the text and the graph has landed its layout (aria-busy false)
  await page.waitForFunction(
    () =>
      document.querySelector('.view-lines')?.textContent?.includes('dialplan') === true &&
      document.querySelector('.graph-canvas')?.getAttribute('aria-busy') === 'false',
    undefined,
    { timeout: 60_000, polling: 200 },
  );
  await settle(page);
  const longest = await longestTask(page);
  test.info().annotations.push({ type: 'longest task', description: `${longest.toFixed(0)} ms` });
  return longest;
}

/**
 * Puts `text` in the autosave from a static file of the same origin, so that the studio opens it as a
 * person's autosaved poll. Seeded by an init script instead, the 1 MB write ran in the measured page,
 * in a task of 0.1–0.15 s of its own that is the test's, not the studio's.
 */
async function seedFromStaticPage(page: Page, text: string) {
  await page.goto('/examples/political-poll.xml');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key, JSON.stringify({ text: value, positions: {} })),
    [AUTOSAVE_KEY, text] as const,
  );
}

// Issue 11, item 6. Every step of the open is sliced, in a worker, or in a task of its own (parse,
// graph derivation and what its first render needs, validation, layout, Monaco's layers and text, React
// DOM and the studio); first renders are transitions; the workers wait while the XML editor opens; React
// Flow holds only the cards near the camera. Measured on the 2-core dev machine: 0.08–0.18 s over 40
// runs, median 0.1 s (it was one 2.8 s task, then 0.15–0.31 s).
test('opening the 1,000-question poll blocks the main thread at most 200 ms at a time', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(await openBigPollUntouched(page)).toBeLessThanOrEqual(LONGEST_TASK_MS);
});
