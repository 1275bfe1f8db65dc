/**
 * The action registry in the browser (issue 28 item 1, F6 from item 2): the command palette by
 * Ctrl+Shift+P and by its header button, adding a Poll question after the selection, finding an element,
 * shortcuts on every row, F6 / Shift+F6 between the regions (out of the XML editor too), axe clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';

let studio: StudioPage;
test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  await studio.open();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
});

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const search = (page: Page) => palette(page).getByRole('combobox');
const option = (page: Page, name: string | RegExp) => palette(page).getByRole('option', { name });

/** The `data-f6-region` holding the focus: its label, or "header" / "palette" for the unlabelled ones. */
function focusedRegion(page: Page): Promise<string> {
  return page.evaluate(() => {
    const region = document.activeElement?.closest<HTMLElement>('[data-f6-region]');
    if (!region) return 'none';
    if (region.tagName === 'HEADER') return 'header';
    if (region.classList.contains('palette-strip')) return 'palette';
    if (region.classList.contains('side-region') || region.classList.contains('side-panel'))
      return 'side panel';
    return region.getAttribute('aria-label') ?? 'other';
  });
}

test('opens by Ctrl+Shift+P and by its header button; Escape closes and gives focus back', async ({
  page,
}) => {
  await page.keyboard.press('Control+Shift+P');
  await expect(search(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();

  const button = page.getByRole('button', { name: 'Command palette' });
  await button.click();
  await expect(search(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('each row shows its shortcut; an action that cannot run is shown disabled', async ({
  page,
}) => {
  await page.keyboard.press('Control+Shift+P');
  await expect(option(page, /^↶?Undo/)).toContainText('Ctrl+Z');
  await expect(option(page, /^↶?Undo/)).toHaveAttribute('aria-disabled', 'true'); // nothing done yet
  await expect(option(page, /Find an element/)).toContainText('Ctrl+K');
  await expect(option(page, /Focus the next region/)).toContainText('F6');
  await expect(option(page, /Go to Test/)).toContainText('Alt+Shift+2');
  // Enter on a disabled action does nothing: the palette stays open
  await search(page).fill('undo');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeVisible();
});

test('"poll" adds a Poll question after the selected element, joined into the flow', async ({
  page,
}) => {
  // a fresh empty poll: its one question is selected
  await page.keyboard.press('Control+Alt+N');
  await page.getByRole('button', { name: 'Empty poll' }).click();
  await expect.poll(() => studio.savedText()).toContain('name="Question"');

  await page.keyboard.press('Control+Shift+P');
  await search(page).fill('poll');
  await expect(option(page, /Add Poll question after the selection/).first()).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();

  await expect.poll(() => studio.savedText()).toContain('name="Question_2"');
  const text = await studio.savedText();
  const first = text.slice(text.indexOf('name="Question"'), text.indexOf('name="Question_2"'));
  // right after the selected question, whose answers now go on to it
  expect(first.match(/<goto>Question_2<\/goto>/g)).toHaveLength(2);
  expect(text.indexOf('name="Question_2"')).toBeLessThan(text.indexOf('name="Goodbye"'));
  await expect(studio.node('menu Question_2')).toBeVisible();
});

test('finds an element by name and selects it', async ({ page }) => {
  await page.getByRole('button', { name: 'Command palette' }).click();
  await search(page).fill('Question_01');
  const row = option(page, /^Question_01/);
  await expect(row).toContainText('<menu>');
  await row.click();
  await expect(palette(page)).toBeHidden();
  await expect(studio.selectedNode()).toContainText('Question_01');
});

test('F6 and Shift+F6 cycle through the regions, out of the XML editor too', async ({ page }) => {
  const order: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('F6');
    order.push(await focusedRegion(page));
  }
  expect(order).toEqual(['header', 'palette', 'Graph', 'XML', 'side panel', 'header']);
  await page.keyboard.press('Shift+F6');
  expect(await focusedRegion(page)).toBe('side panel');

  // in the XML editor, F6 leaves it (and types nothing)
  const before = await studio.savedText();
  await studio.clickLine('<dialplan');
  expect(await focusedRegion(page)).toBe('XML');
  await page.keyboard.press('Shift+F6');
  expect(await focusedRegion(page)).toBe('Graph');
  await page.keyboard.press('F6');
  expect(await focusedRegion(page)).toBe('XML');
  await page.keyboard.press('F6');
  expect(await focusedRegion(page)).toBe('side panel');
  expect(await studio.savedText()).toBe(before);
});

test('F6 comes back to where focus was in a region', async ({ page }) => {
  await page.getByRole('button', { name: 'Find' }).focus();
  await page.keyboard.press('F6');
  expect(await focusedRegion(page)).toBe('palette');
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('button', { name: 'Find' })).toBeFocused();
});

test('axe finds no serious violation with the palette open', async ({ page }) => {
  await page.keyboard.press('Control+Shift+P');
  await search(page).fill('go');
  await expect(option(page, /Go to Test/)).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});
