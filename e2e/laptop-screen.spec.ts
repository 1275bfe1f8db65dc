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
