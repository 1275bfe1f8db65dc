/** Long tasks (the `longtask` entries) of a page, observed from its first script on. */
import { expect, type Page } from '@playwright/test';

type LongTasks = { longTasks: number[]; lastLongTaskEnd: number };

/** Registers a PerformanceObserver for long tasks before the app starts (`window.longTasks`). */
export async function observeLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as LongTasks;
    w.longTasks = [];
    w.lastLongTaskEnd = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.longTasks.push(entry.duration);
        w.lastLongTaskEnd = entry.startTime + entry.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as LongTasks).longTasks));
}

/**
 * Waits for a second without a long task: called once an open is over (the layout has landed), so
 * that what runs after it is measured too.
 */
export async function settle(page: Page, timeout?: number) {
  await expect
    .poll(
      () =>
        page.evaluate(() => performance.now() - (window as unknown as LongTasks).lastLongTaskEnd),
      { timeout },
    )
    .toBeGreaterThan(1000);
}

/** Forgets the long tasks seen so far (what follows is measured alone). */
export async function forgetLongTasks(page: Page) {
  await page.evaluate(() => ((window as unknown as LongTasks).longTasks = []));
}
