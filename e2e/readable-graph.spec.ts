import { expect, test } from '@playwright/test';
import { GraphView } from './pages/GraphView.ts';
import { StudioPage } from './pages/StudioPage.ts';

/** Words on a card must be at least this tall on screen (issue 11). */
const READABLE_PX = 11;

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the poll opens readable: every card inside the graph pane, its text at least 11 px', async ({
      page,
    }) => {
      const studio = new StudioPage(page);
      await studio.open();
      const graph = new GraphView(page);
      await expect(graph.cards).toHaveCount(7);
      const pane = await graph.paneBox();
      for (const card of await graph.cards.all()) {
        const box = (await card.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(pane.x);
        expect(box.y).toBeGreaterThanOrEqual(pane.y);
        expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
        expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
      }
      const zoom = await graph.zoom();
      expect((await graph.smallestCardFontPx()) * zoom).toBeGreaterThanOrEqual(READABLE_PX);
      // The start, a menu, an end: told apart at a glance.
      await expect(studio.node('amd')).toContainText('Start of the call');
      await expect(studio.node('menu Live')).toContainText('Menu');
      await expect(studio.node('hangup Hangup')).toContainText('Call ends');
      await expect(graph.region).toHaveScreenshot(`poll-${viewport.width}.png`, {
        animations: 'disabled',
        caret: 'hide',
        maxDiffPixelRatio: 0.01,
      });
    });

    test('Tidy and Fit view keep the poll readable', async ({ page }) => {
      const studio = new StudioPage(page);
      await studio.open();
      const graph = new GraphView(page);
      await page.getByRole('button', { name: 'Tidy' }).click();
      await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
      expect((await graph.smallestCardFontPx()) * (await graph.zoom())).toBeGreaterThanOrEqual(
        READABLE_PX,
      );
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect.poll(() => graph.zoom()).toBeLessThan(0.8);
      await page.getByRole('button', { name: 'Fit view' }).click();
      await expect
        .poll(async () => (await graph.smallestCardFontPx()) * (await graph.zoom()))
        .toBeGreaterThanOrEqual(READABLE_PX);
    });
  });
}
