/** Focus never falls to <body> after an action removes or replaces the focused element (issue 28). */
import { expect, test, type Page } from '@playwright/test';
import { KeyboardUser } from './pages/KeyboardUser.ts';
import { StudioPage } from './pages/StudioPage.ts';

function focusLost(page: Page): Promise<boolean> {
  return page.evaluate(() => !document.activeElement || document.activeElement === document.body);
}

/** After the action settles, focus is somewhere real (checked over a few frames, not once). */
async function expectFocusKept(page: Page) {
  await expect.poll(() => focusLost(page)).toBe(false);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  expect(await focusLost(page)).toBe(false);
}

let user: KeyboardUser;
test.beforeEach(async ({ page }) => {
  const studio = new StudioPage(page);
  user = new KeyboardUser(page);
  await studio.open();
  await page.keyboard.press('Control+Alt+N');
  await expect(page.getByRole('dialog', { name: 'New dialplan' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Question' })).toBeVisible();
});

test('after Save question and Remove answer', async ({ page }) => {
  await user.fill('Question name', 'Vote');
  await user.press('Save question');
  await expect(page.locator('[data-id]').filter({ hasText: 'Vote' }).first()).toBeVisible();
  await expectFocusKept(page);
  await user.press('Remove answer 2');
  await expectFocusKept(page);
});

test('after Delete on a focused card, and Undo of an add', async ({ page }) => {
  // add a question from the palette, then go to its card
  await user.tabTo(/^(» Palette|« Palette)$/, { back: true });
  if ((await user.focusedName()) === '» Palette') await page.keyboard.press('Enter');
  await user.tabTo(/^Insert inside/);
  await page.keyboard.press('Tab');
  for (let i = 0; i < 40 && !/^Poll question/.test(await user.focusedName()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('.palette-added')).toContainText('Added Poll question');
  await user.tabTo(/^menu /);
  const card = await user.focusedCard();
  await page.keyboard.press('Control+Z');
  await expect.poll(() => page.locator(`.react-flow__node[data-id="${card}"]`).count()).toBe(0);
  await expectFocusKept(page);
  await page.keyboard.press('Control+Y');
  await user.tabTo(/^menu /, { back: true });
  await page.keyboard.press('Delete');
  await expectFocusKept(page);
  expect(await user.focusedCard()).toBeDefined();
});
