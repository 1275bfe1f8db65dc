/**
 * The studio as `npm start` serves it: Vite's dev server, React StrictMode on (every effect runs, is
 * cleaned up and runs again on mount). The rest of the browser suite runs on the production build; this
 * smoke suite keeps the README's start command honest (issue 24 item 5).
 */
import { expect, test } from '@playwright/test';
import { clickExport } from '../export-helpers.ts';
import { GraphTools } from '../pages/GraphTools.ts';
import { StudioPage } from '../pages/StudioPage.ts';
import { VersionsPanel } from '../pages/VersionsPanel.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

let pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await new StudioPage(page).open();
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('first view: the poll as cards and as XML', async ({ page }) => {
  const studio = new StudioPage(page);
  await expect(page.getByRole('heading', { name: 'Dialplan Studio' })).toBeVisible();
  await expect(studio.node('menu Question_01')).toBeVisible();
  await expect(studio.editorLine('name="Question_01"').first()).toBeAttached();
});

test('Find: Ctrl+K opens it, keeps what is typed, and Enter selects the match', async ({
  page,
}) => {
  const tools = new GraphTools(page);
  const box = await tools.openFindWithKeys();
  await expect(box).toBeFocused();
  await page.keyboard.type('question_01');
  await expect(box).toHaveValue('question_01');
  await expect(tools.findDialog.getByRole('option').first()).toContainText('Question_01');
  await box.press('Enter');
  await expect(tools.findDialog).toHaveCount(0);
  await expect.poll(() => tools.selectedNodeName()).toBe('menu Question_01');
});

test('Find: the button opens it and it stays open while typing', async ({ page }) => {
  const tools = new GraphTools(page);
  await tools.findButton().click();
  const box = tools.findDialog.getByRole('combobox');
  await expect(box).toBeFocused();
  await page.keyboard.type('short political poll');
  await expect(box).toHaveValue('short political poll');
  await expect(tools.findDialog.getByRole('option')).toHaveCount(1);
  await box.press('Enter');
  await expect.poll(() => tools.selectedNodeName()).toBe('menu Live');
  await expect(tools.findButton()).toBeFocused();
});

test('Question editor: a changed prompt is saved into the XML', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.node('menu Question_01').getByText('Question_01', { exact: true }).click();
  const form = page.getByRole('form', { name: 'Question' });
  await expect(form.getByLabel('Question name')).toHaveValue('Question_01');
  await form.getByLabel('Prompt').fill('Do you plan to vote this year?');
  await form.getByRole('button', { name: 'Save question' }).click();
  await expect(studio.node('menu Question_01')).toContainText('Do you plan to vote this year?');
  await studio.expectSaved('Do you plan to vote this year?');
});

test('Simulator: a person answers the call and hears the first prompt', async ({ page }) => {
  const panel = page.getByRole('region', { name: 'Simulator' });
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  await panel.getByRole('radio', { name: 'Instant' }).check();
  await panel.getByRole('radio', { name: 'Person' }).check();
  await panel.getByRole('button', { name: /^Call( again)?$/ }).click();
  const transcript = panel.getByRole('log', { name: 'Call transcript' });
  await expect(transcript).toContainText('This is a call for a short political poll');
  await panel
    .getByRole('group', { name: 'Keypad' })
    .getByRole('button', { name: '1', exact: true })
    .click();
  await expect(panel.getByRole('region', { name: 'Question responses' })).toContainText('Vote');
});

test('Export: the one-line XML is copied and kept as a sent version', async ({ page }) => {
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  await page.getByRole('radio', { name: 'One line', exact: true }).check();
  await clickExport(page, 'Copy One line');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^<dialplan[^\n]*<\/dialplan>$/);
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Versions' }).click();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toContainText('Sent');
});

test('Versions: the first edit compares with the opened text, and Restore brings it back', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await versions.open();
  await expect(versions.version('Opened')).toHaveCount(1);
  // the edit in Design (the XML is hidden in Versions mode until asked for)
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Design' }).click();
  await studio.clickLine('This is a call for a short political poll');
  await studio.type('Quick question. ');
  await expect(studio.node('menu Live')).toContainText('Quick question.');
  await versions.open();
  await versions.compareWith('Opened');
  await expect(versions.diffEditor.locator('.view-lines').last()).toContainText('Quick question.');
  await versions.restore('Opened');
  await expect(studio.node('menu Live')).not.toContainText('Quick question.');
  await expect(versions.diffEditor).toHaveCount(0);
});
