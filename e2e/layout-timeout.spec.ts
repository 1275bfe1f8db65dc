/**
 * A layout that hangs (the worker takes the request and never answers) must not leave the graph busy
 * for good: after LAYOUT_TIMEOUT_MS it fails as a failed layout does — the quick placement stays, the
 * canvas is no longer aria-busy, and Tidy can be pressed again.
 */
import { expect, test } from '@playwright/test';
import { LAYOUT_TIMEOUT_MS } from '../src/features/graph/layout-client.ts';

test('a layout worker that never answers: the graph stops being busy after the timeout', async ({
  page,
}) => {
  test.setTimeout(LAYOUT_TIMEOUT_MS * 2 + 40_000);
  await page.context().route(/layout\.worker[^/]*\.js/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'self.addEventListener("message", () => {});',
    }),
  );
  // a first visit: the sample poll has no positions, so it is laid out (in the worker that hangs)
  await page.goto('/');
  const canvas = page.locator('.graph-canvas');
  await expect(page.locator('.react-flow__node').first()).toBeVisible(); // the quick placement
  await expect(canvas).toHaveAttribute('aria-busy', 'true');
  await expect(canvas).toHaveAttribute('aria-busy', 'false', {
    timeout: LAYOUT_TIMEOUT_MS + 15_000,
  });

  await page.getByRole('button', { name: 'Tidy', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Tidying…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Tidy', exact: true })).toBeEnabled({
    timeout: LAYOUT_TIMEOUT_MS + 15_000,
  });
  await expect(canvas).toHaveAttribute('aria-busy', 'false');
});
