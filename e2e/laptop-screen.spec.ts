import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';

test.use({ viewport: { width: 1366, height: 768 } });

test('on a 1366 px laptop screen the graph gets most of the width, and the folded palette opens', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const graph = (await studio.graph.boundingBox())!;
  expect(graph.width).toBeGreaterThanOrEqual(600);
  await expect(studio.node('menu Live')).toBeInViewport();

  const palette = page.getByRole('navigation', { name: 'Palette' });
  await expect(palette).toHaveCount(0);
  await page.getByRole('button', { name: '» Palette' }).click();
  await expect(palette.getByRole('button', { name: /^Poll question/ })).toBeVisible();
  await page.getByRole('button', { name: '« Palette' }).click();
  await expect(palette).toHaveCount(0);
});

test('on a 1366 px screen every Inspector field fits inside the side panel', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  // a branch of the Live menu: a name, its keys and a Goes to list naming every element
  await studio.clickLine('name="kp_Vote"');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: /<keypress>/ })).toBeVisible();
  const panel = (await inspector.boundingBox())!;
  const screenWidth = page.viewportSize()!.width;
  const fields = inspector.locator('input:visible, select:visible, textarea:visible');
  expect(await fields.count()).toBeGreaterThanOrEqual(3);
  for (const field of await fields.all()) {
    const box = (await field.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(Math.min(panel.x + panel.width, screenWidth));
  }
});
