/**
 * Adding questions from the palette strip (click or Enter on "Poll question", several times in a row)
 * must leave the graph idle again: a canvas left `aria-busy="true"` kept "waiting for Tidy" from ever
 * ending (issue 28, found while building a poll by keyboard).
 */
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';
import { GraphTools } from './pages/GraphTools.ts';

const IDLE = { timeout: 5_000 };

test('several Poll questions added from the palette strip leave the graph idle, and Tidy ends', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const tools = new GraphTools(page);
  const canvas = page.locator('.graph-canvas');
  const item = tools.paletteItem('Poll question');
  const cards = page.locator('.graph-canvas .react-flow__node');
  const before = await cards.count();
  const unfold = page.getByRole('button', { name: '» Palette' });
  if (await unfold.isVisible()) await unfold.click();

  for (let i = 0; i < 3; i++) await item.click();
  await item.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(before + 6);
  await expect(canvas).toHaveAttribute('aria-busy', 'false', IDLE);

  const tidy = page.getByRole('button', { name: 'Tidy', exact: true });
  await tidy.click();
  await expect(tidy).toBeEnabled(IDLE);
  await expect(canvas).toHaveAttribute('aria-busy', 'false', IDLE);
});
