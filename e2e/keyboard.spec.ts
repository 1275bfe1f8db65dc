/** The whole studio by keyboard (issue #12 item 3): every step here is a key press. */
import { expect, test, type Page } from '@playwright/test';
import { KeyboardUser } from './pages/KeyboardUser.ts';
import { StudioPage } from './pages/StudioPage.ts';

/** Which part of the studio holds the focus. */
function focusedPart(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'none';
    if (el.getAttribute('role') === 'separator') return 'splitter';
    if (el.closest('.studio-header')) return 'toolbar';
    if (el.closest('.palette-strip')) return 'palette';
    const region = el.closest(
      '[aria-label="Graph"], [aria-label="XML"], [aria-label="Side panel"]',
    );
    return region?.getAttribute('aria-label') ?? 'other';
  });
}

let studio: StudioPage;
let user: KeyboardUser;
test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  user = new KeyboardUser(page);
  await studio.open();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
});

test('Tab goes toolbar → palette → graph → XML → side panel, and never changes the text', async ({
  page,
}) => {
  // an element selected, so Design's panel (the Inspector) has fields to reach; then Tab from the top
  // a click that lands while a relayout moves the card is lost (mouse down on the card, up on the
  // pane), as it would be for a person: click again until the Inspector shows the element
  const field = page.getByRole('region', { name: 'Inspector' }).getByRole('textbox').first();
  await expect(async () => {
    await studio.node('hangup Hangup').click();
    await expect(field).toBeVisible({ timeout: 1_000 });
  }).toPass();
  const before = await studio.editorLines().innerText(); // the XML scrolled to the selection
  await page.getByRole('heading', { name: 'Dialplan Studio' }).click();
  const order: string[] = [];
  for (let i = 0; i < 200 && !order.includes('Side panel'); i++) {
    await page.keyboard.press('Tab');
    const part = await focusedPart(page);
    if (part !== 'splitter' && order[order.length - 1] !== part) order.push(part);
  }
  expect(order).toEqual(['toolbar', 'palette', 'Graph', 'XML', 'Side panel']);
  expect(await studio.editorLines().innerText()).toBe(before);
  // and back out of the XML pane with Shift+Tab
  await user.tabTo('XML editor', { back: true });
  await page.keyboard.press('Shift+Tab');
  expect(await user.focusedName()).toBe('Wrap lines'); // the XML pane's own toolbar, above the editor
  await page.keyboard.press('Shift+Tab');
  expect(await focusedPart(page)).toBe('splitter'); // "Resize XML", between the graph and the XML
  await page.keyboard.press('Shift+Tab');
  expect(await focusedPart(page)).toBe('Graph');
  expect(await studio.editorLines().innerText()).toBe(before);
});

test('Ctrl+M switches Tab to indenting in the XML pane, as the status line says', async ({
  page,
}) => {
  const status = page
    .getByRole('region', { name: 'XML' })
    .getByRole('status')
    .filter({ hasText: 'Ctrl+M' });
  await expect(status).toHaveText('Tab moves focus · Ctrl+M: Tab indents');
  await user.tabTo('XML editor');
  await page.keyboard.press('Control+M');
  await expect(status).toHaveText('Tab indents · Ctrl+M: Tab moves focus');
  const before = await studio.editorLines().innerText();
  await page.keyboard.press('Tab');
  await expect.poll(() => studio.editorLines().innerText()).not.toBe(before);
  expect(await focusedPart(page)).toBe('XML');
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+M');
  await expect(status).toHaveText('Tab moves focus · Ctrl+M: Tab indents');
  await page.keyboard.press('Tab');
  // out of the editor, onto the status line's theme switch
  expect(await user.focusedName()).toBe('Dark editor');
});

test('Enter on a focused node opens it in the Inspector', async ({ page }) => {
  await user.tabTo(/^(menu|amd|play|goto|dialplan)/);
  await user.arrowTo('menu Live');
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toBeFocused();
  await expect(inspector.getByLabel('Question name')).toHaveValue('Live');
});

test('a branch is connected with the Inspector’s Goes to, in one undo step', async ({ page }) => {
  // the cursor on the AMD's <live> line selects that branch
  await user.tabTo('XML editor');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: /<live>/ })).toBeVisible();
  await user.choose('Goes to', 'Question_01');
  await page.keyboard.press('Enter');
  await expect(studio.editorLine('<goto name="goto_Live">Question_01</goto>')).toBeVisible();
  await user.tabTo('Undo', { back: true });
  await page.keyboard.press('Enter');
  await expect(studio.editorLine('<goto name="goto_Live">Live</goto>')).toBeVisible();
});

test('arrow keys move focus with the open mode', async ({ page }) => {
  await user.tabTo('Design');
  await page.keyboard.press('ArrowRight');
  const test = studio.modeButton('Test');
  await expect(test).toBeFocused();
  await expect(test).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(studio.modeButton('Design')).toBeFocused();
  await expect(studio.modeButton('Design')).toHaveAttribute('aria-pressed', 'true');
});

test('Call keeps focus in the phone, and the digit keys dial there', async ({ page }) => {
  await user.tabTo('Design');
  await page.keyboard.press('ArrowRight');
  // a radio group is one Tab stop: the arrow keys pick the speed
  await user.tabTo(/^(1×|2×|Instant)$/);
  for (let i = 0; i < 3 && (await user.focusedName()) !== 'Instant'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByRole('radio', { name: 'Instant' })).toBeChecked();
  await user.press('Call');
  const phone = page.getByRole('group', { name: 'Phone' });
  await expect(phone).toBeFocused();
  await expect(page.getByText(/^Listening \(Live\)/)).toBeVisible();
  await page.keyboard.press('1');
  const responses = page.getByRole('region', { name: 'Question responses' });
  await expect(responses).toContainText('Vote');
  await expect(phone.or(page.getByRole('button', { name: /^Call/ })).first()).toBeFocused();
});

test('? lists the shortcuts; Escape closes and gives focus back', async ({ page }) => {
  await user.tabTo('New');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Ctrl+Alt+N');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'New' }),
  ).toBeFocused();
});

test('the graph is one Tab stop: no edge and only one card on the way through', async ({
  page,
}) => {
  const cards = new Set<string>();
  let edges = 0;
  for (let i = 0; i < 120 && (await focusedPart(page)) !== 'XML'; i++) {
    await page.keyboard.press('Tab');
    const card = await user.focusedCard();
    if (card !== undefined) cards.add(card);
    if (await page.evaluate(() => !!document.activeElement?.closest('.react-flow__edge'))) edges++;
  }
  expect(await focusedPart(page)).toBe('XML');
  expect(cards.size).toBe(1);
  expect(edges).toBe(0);
});

test('arrow keys move between cards along the flow; Enter opens, Esc comes back', async ({
  page,
}) => {
  await user.tabTo(/^(menu|amd|play|goto|dialplan)/);
  const start = await user.focusedCard();
  expect(start).toBeDefined();
  const said = page.locator('.graph-focus-said');
  await expect(said).toContainText('Goes to');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => user.focusedCard()).not.toBe(start);
  const next = await user.focusedCard();
  expect(next).toBeDefined();
  await expect(said).toContainText('Comes from');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => user.focusedCard()).toBe(start);
  // Tab leaves the graph from any card: still one stop
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => user.focusedCard()).toBe(next);
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toBeFocused();
  await page.keyboard.press('Escape');
  await expect.poll(() => user.focusedCard()).toBe(next);
});

test('the palette is one Tab stop; the arrow keys walk its items', async ({ page }) => {
  await user.tabTo(/^(» Palette|« Palette)$/);
  if ((await user.focusedName()) === '» Palette') await page.keyboard.press('Enter');
  await user.tabTo(/^Insert inside/);
  await page.keyboard.press('Tab');
  const first = await user.focusedName();
  await page.keyboard.press('ArrowDown');
  const second = await user.focusedName();
  expect(second).not.toBe(first);
  await expect(page.locator('.palette-item:focus')).toHaveCount(1);
  await page.keyboard.press('Tab');
  // out of the palette in one press
  expect(await focusedPart(page)).not.toBe('palette');
  await page.keyboard.press('Shift+Tab');
  // back onto the item last used
  expect(await user.focusedName()).toBe(second);
});
