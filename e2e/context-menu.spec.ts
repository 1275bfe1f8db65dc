/**
 * The graph's context menus (issue 28 item 1): drawn from the action registry, opened by a right-click
 * and by Shift+F10 on the focused card, with the APG menu keys; Escape gives focus back to the card; a
 * deleted card's neighbour takes the focus, never <body>; axe clean with the menu open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';

let studio: StudioPage;
test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  await studio.open();
});

const menu = (page: Page) => page.getByRole('menu');
const item = (page: Page, name: string) => menu(page).getByRole('menuitem', { name });

/** A point of the graph where nothing is drawn (the empty canvas), in viewport pixels. */
function emptyCanvasPoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.graph-canvas .react-flow__pane')!;
    const box = pane.getBoundingClientRect();
    for (let y = box.bottom - 80; y > box.top + 60; y -= 20)
      for (let x = box.left + 80; x < box.right - 40; x += 20)
        if (document.elementFromPoint(x, y) === pane) return { x, y };
    throw new Error('no empty spot on the canvas');
  });
}

/** The lowest, rightmost point on screen that is a card's (not covered by anything else). */
function cardCorner(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    let best: { x: number; y: number } | null = null;
    for (const card of document.querySelectorAll('.graph-canvas .react-flow__node')) {
      const r = card.getBoundingClientRect();
      const x = Math.min(r.right, innerWidth) - 3;
      const y = Math.min(r.bottom, innerHeight) - 3;
      if (x <= r.left || y <= r.top || !card.contains(document.elementFromPoint(x, y))) continue;
      if (!best || x + y > best.x + best.y) best = { x, y };
    }
    return best;
  });
}

/** The focused element: a graph card's group name, else its tag (so `BODY` shows up as such). */
function focusedCard(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const card = active?.closest('.react-flow__node');
    if (card && card === active)
      return card.querySelector('[role="group"]')?.getAttribute('aria-label') ?? 'card';
    return active?.tagName ?? 'none';
  });
}

test('right-click a card, Delete: only that element leaves the text, and a card keeps the focus', async ({
  page,
}) => {
  await studio.node('menu Question_01').locator('.dp-header').click(); // autosaves the text as it is
  await expect.poll(() => studio.savedText()).toContain('Goodbye_Hangup');
  const before = await studio.savedText();

  await studio.node('goto Goodbye_Hangup').click({ button: 'right' });
  await expect(menu(page)).toBeVisible();
  await expect(menu(page)).toHaveAccessibleName('Actions for goto Goodbye_Hangup');
  // the registry's rows, with their shortcuts
  await expect(item(page, 'Open in Inspector')).toContainText('Enter');
  await expect(item(page, 'Delete')).toContainText('Delete');
  await item(page, 'Delete').click();

  await expect(menu(page)).toBeHidden();
  await expect(studio.node('goto Goodbye_Hangup')).toHaveCount(0);
  await expect.poll(() => studio.savedText()).not.toContain('Goodbye_Hangup');
  // the text changed only there: that element's line went, nothing else
  expect(await studio.savedText()).toBe(
    before.replace(/\n[ \t]*<goto name="Goodbye_Hangup">Hangup<\/goto>/, ''),
  );
  await expect.poll(() => focusedCard(page)).not.toMatch(/^(BODY|none)$/);
  expect(await focusedCard(page)).not.toBe('card');
});

test('Shift+F10 on the focused card opens its menu; arrows and Enter add a Poll question after it', async ({
  page,
}) => {
  const card = studio.node('menu Question_01');
  await card.locator('.dp-header').click();
  await expect.poll(() => focusedCard(page)).toBe('menu Question_01');
  const menusBefore = (await studio.savedText()).split('<menu ').length;

  await page.keyboard.press('Shift+F10');
  await expect(menu(page)).toBeVisible();
  await expect(menu(page).getByRole('menuitem').first()).toBeFocused();
  const target = item(page, 'Add Poll question after this');
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  // Home and End, and back
  await page.keyboard.press('End');
  await expect(menu(page).getByRole('menuitem').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(menu(page).getByRole('menuitem').first()).toBeFocused();
  while (!(await target.evaluate((el) => el === document.activeElement)))
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  await expect(menu(page)).toBeHidden();
  await expect
    .poll(async () => (await studio.savedText()).split('<menu ').length)
    .toBe(menusBefore + 1);
  // the new question comes right after Question_01's menu
  const text = await studio.savedText();
  const q1End = text.indexOf('</menu>', text.indexOf('name="Question_01"'));
  expect(text.slice(q1End + '</menu>'.length).trimStart()).toMatch(/^<menu /);
});

test('Escape closes the menu and gives focus back to the card; a click outside closes it', async ({
  page,
}) => {
  await studio.node('menu Question_01').locator('.dp-header').click();
  await page.keyboard.press('Shift+F10');
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(menu(page)).toBeHidden();
  await expect.poll(() => focusedCard(page)).toBe('menu Question_01');

  // the ContextMenu key does the same
  await page.keyboard.press('ContextMenu');
  await expect(menu(page)).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(menu(page)).toBeHidden();
});

test('"Test call from here" goes to Test with the debugged call starting at that card', async ({
  page,
}) => {
  await studio.node('menu Question_01').click({ button: 'right' });
  await item(page, 'Test call from here').click();
  await expect(studio.modeButton('Test')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/Starts at .*Question_01/)).toBeVisible();
});

test('"Copy XML" copies just that element; "Show in XML" puts focus in the editor on it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await studio.node('goto Goodbye_Hangup').click({ button: 'right' });
  await item(page, 'Copy XML').click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe('<goto name="Goodbye_Hangup">Hangup</goto>');

  await studio.node('goto Goodbye_Hangup').click({ button: 'right' });
  await item(page, 'Show in XML').click();
  await expect(studio.xml.locator('textarea')).toBeFocused();
  await expect(studio.selectedNode()).toHaveAttribute('data-id', /goto/);
});

test("the canvas's menu: Tidy, Fit view, Undo and Redo; Undo disabled with nothing done", async ({
  page,
}) => {
  const spot = await emptyCanvasPoint(page);
  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  await expect(menu(page)).toHaveAccessibleName('Graph actions');
  for (const name of ['Add Poll question', 'Tidy', 'Fit view', 'Undo', 'Redo'])
    await expect(item(page, name)).toBeVisible();
  await expect(item(page, 'Undo')).toHaveAttribute('aria-disabled', 'true');
  await item(page, 'Tidy').click();
  await expect(menu(page)).toBeHidden();
  await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
  await page.mouse.click(spot.x, spot.y, { button: 'right' });
  await expect(item(page, 'Undo')).not.toHaveAttribute('aria-disabled', 'true'); // Tidy is one step
});

for (const { width, height } of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the open menu is inside the viewport at ${width}×${height}, and axe finds nothing serious`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // a pane that changed size much is laid out again: wait until the cards stand still
    await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
    // right-clicked at the lowest, rightmost point of a card on screen: the menu must move in to fit
    await expect.poll(() => cardCorner(page)).not.toBeNull();
    const corner = (await cardCorner(page))!;
    await page.mouse.click(corner.x, corner.y, { button: 'right' });
    await expect(menu(page)).toHaveAccessibleName(/^Actions for /);
    // the phone's graph is read-only: its menu does not edit
    await expect(item(page, 'Delete')).toHaveCount(width < 500 ? 0 : 1);
    const box = (await menu(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
