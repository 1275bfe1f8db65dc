/**
 * The Documents menu's commands as registry actions (issue 28 item 1): run from the command palette
 * (Duplicate, Open example, Paste XML), by their keys (F2, Ctrl+Alt+D, Ctrl+O), and from the menu by
 * keyboard alone (Rename in place, Delete after asking, focus never left on <body>); axe clean with the
 * menu open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDocuments, StudioPage } from './pages/StudioPage.ts';

let studio: StudioPage;
test.beforeEach(async ({ page }) => {
  studio = new StudioPage(page);
  await studio.open();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
});

const myDialplans = (page: Page) => page.getByRole('list', { name: 'My dialplans' });
const menuButton = (page: Page) => page.getByRole('button', { name: 'Documents', exact: true });

/** Ctrl+Shift+P, type `query`, check the first row is `label`, Enter. */
async function runFromPalette(page: Page, query: string, label: string) {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(query);
  await expect(palette.getByRole('option').first()).toContainText(label);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

const focusedIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

test('Duplicate this dialplan from the command palette: the copy is in the list and open', async ({
  page,
}) => {
  await runFromPalette(page, 'duplicate', 'Duplicate this dialplan');
  await openDocuments(page);
  await expect(myDialplans(page).getByRole('button')).toHaveText([
    'Political poll',
    'Political poll copy',
  ]);
  await expect(
    myDialplans(page).getByRole('button', { name: 'Political poll copy' }),
  ).toHaveAttribute('aria-current', 'true');
});

test('Open example from the command palette: the graph shows the example, the list holds it', async ({
  page,
}) => {
  await expect(studio.node('menu Reminder')).toHaveCount(0);
  await runFromPalette(page, 'open example appointment', 'Open example: Appointment reminder');
  await expect(studio.node('menu Reminder')).toBeVisible();
  await openDocuments(page);
  await expect(
    myDialplans(page).getByRole('button', { name: 'Appointment reminder' }),
  ).toHaveAttribute('aria-current', 'true');
  // its test call is saved for Run all, as from the gallery
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  await expect(page.getByText('Confirms the appointment')).toBeVisible();
});

test('Paste XML… and Open a file… from the palette open the menu and run there', async ({
  page,
}) => {
  await runFromPalette(page, 'paste xml', 'Paste XML…');
  const dialog = page.getByRole('dialog', { name: 'Paste a dialplan' });
  await dialog
    .getByRole('textbox', { name: 'Pasted text' })
    .fill('<dialplan><hangup name="Bye"/></dialplan>');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Imported pasted text.' })).toBeVisible();
  await expect(studio.node('hangup Bye')).toBeVisible();

  await page.keyboard.press('Escape');
  const chooser = page.waitForEvent('filechooser');
  await runFromPalette(page, 'open a file', 'Open a file…');
  await (
    await chooser
  ).setFiles({
    name: 'other.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from('<dialplan><hangup name="Other"/></dialplan>'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Imported other.xml.' })).toBeVisible();
  await expect(studio.node('hangup Other')).toBeVisible();
});

test('the keys: Ctrl+Alt+D duplicates, F2 renames in the menu, Ctrl+O opens the file chooser', async ({
  page,
}) => {
  await studio.graph.locator('.react-flow__node').first().click();
  await page.keyboard.press('Control+Alt+D');
  await page.keyboard.press('F2');
  const name = page.getByRole('textbox', { name: 'New name' });
  await expect(name).toBeFocused();
  await name.fill('Poll B');
  await page.keyboard.press('Enter');
  await expect(myDialplans(page).getByRole('button')).toHaveText(['Political poll', 'Poll B']);
  await expect(myDialplans(page).getByRole('button', { name: 'Poll B' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(menuButton(page)).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+O');
  await chooser;
});

test('the menu by keyboard: Rename in place, Delete asks (Cancel, then Delete), focus kept', async ({
  page,
}) => {
  await menuButton(page).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('region', { name: 'Documents' });
  await expect(menu).toBeVisible();
  const tabTo = async (name: string) => {
    const target = menu.getByRole('button', { name, exact: true });
    for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    // the button shows its shortcut, as the palette does
    return target;
  };
  await expect(await tabTo('Duplicate this dialplan')).toHaveAttribute('title', /Ctrl\+Alt\+D/);
  await page.keyboard.press('Enter');
  await expect(myDialplans(page).getByRole('button')).toHaveText([
    'Political poll',
    'Political poll copy',
  ]);

  await page.keyboard.press('Shift+Tab'); // back to Rename
  await expect(menu.getByRole('button', { name: 'Rename this dialplan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'New name' })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Copy to delete');
  await page.keyboard.press('Enter');
  await expect(myDialplans(page).getByRole('button', { name: 'Copy to delete' })).toBeFocused();

  await tabTo('Delete this dialplan…');
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Delete “Copy to delete”?' });
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(menu.getByRole('button', { name: 'Delete this dialplan…' })).toBeFocused();
  await expect(myDialplans(page).getByRole('button')).toHaveCount(2);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(myDialplans(page).getByRole('button')).toHaveText(['Political poll']);
  await expect(myDialplans(page).getByRole('button', { name: 'Political poll' })).toBeFocused();
  expect(await focusedIsBody(page)).toBe(false);
  await expect(menu.getByRole('button', { name: 'Undo delete' })).toBeVisible();
});

test('axe: no serious or critical violation with the menu open (and its Delete question)', async ({
  page,
}) => {
  await openDocuments(page);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Delete this dialplan…' }).click();
  await expect(page.getByRole('dialog', { name: /^Delete/ })).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('the Delete question draws its confirm as a destructive button, not the primary one', async ({
  page,
}) => {
  await openDocuments(page);
  await page.getByRole('button', { name: 'Delete this dialplan…' }).click();
  const confirm = page
    .getByRole('dialog', { name: /^Delete/ })
    .getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toHaveClass(/\bbtn-danger\b/);
  await expect(confirm).not.toHaveClass(/\bbtn-primary\b/);
  // drawn in the danger colour (red text and border on the surface), whatever the theme
  const danger = await confirm.evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--color-danger)';
    el.parentElement!.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });
  await expect(confirm).toHaveCSS('color', danger);
  await expect(confirm).toHaveCSS('border-top-color', danger);
});

test('an example chosen in the New dialog opens and closes the dialog (the same action)', async ({
  page,
}) => {
  await page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'New' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dialplan' });
  await dialog.getByRole('button', { name: 'From an example…' }).click();
  await dialog.getByRole('button', { name: 'Voicemail with record' }).click();
  await expect(dialog).toBeHidden();
  await openDocuments(page);
  await expect(
    myDialplans(page).getByRole('button', { name: 'Voicemail with record' }),
  ).toHaveAttribute('aria-current', 'true');
});
