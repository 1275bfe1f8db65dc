import { expect, test } from '@playwright/test';
import { toOneLine } from '../src/core/index.ts';
import { openDocuments } from './pages/StudioPage.ts';
import {
  POLL,
  SEED_CURL,
  SEED_JSON_FILE,
  clickExport,
  exportView,
  openExportTab,
  pasteIntoStudio,
} from './export-helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const OTHER = '<dialplan name="Other">\n  <hangup/>\n</dialplan>\n';

test('pasting the seed curl command loads the poll and its broadcast settings', async ({
  page,
}) => {
  await openExportTab(page);
  await page
    .getByRole('region', { name: 'Documents' })
    .getByRole('button', { name: 'New dialplan…' })
    .click();
  await page
    .getByRole('dialog', { name: 'New dialplan' })
    .getByRole('button', { name: 'Blank dialplan' })
    .click();
  // New opens its document in Design (the Inspector); the export views are in Send
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  expect(await exportView(page, 'One line')).not.toBe(toOneLine(POLL));
  await openDocuments(page);
  await page.evaluate((text) => navigator.clipboard.writeText(text), SEED_CURL);
  await page.getByRole('button', { name: 'Paste XML…' }).click();
  await page.getByRole('textbox', { name: 'Pasted text' }).focus();
  await page.keyboard.press('Control+v');
  await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Imported pasted text.' })).toBeVisible();
  expect(await exportView(page, 'One line')).toBe(toOneLine(POLL));
  await expect(page.getByRole('textbox', { name: 'Labels (comma-separated)' })).toHaveValue(
    'political-poll, id-10002',
  );
});

test('opening the seed JSON body as a file loads the poll', async ({ page }) => {
  await openExportTab(page);
  await pasteIntoStudio(page, OTHER);
  await page.getByLabel('Open dialplan file').setInputFiles(SEED_JSON_FILE);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Imported political-poll-broadcast.json.' }),
  ).toBeVisible();
  expect(await exportView(page, 'One line')).toBe(toOneLine(POLL));
});

test('a file that is not a dialplan gets a clear message and replaces nothing', async ({
  page,
}) => {
  await openExportTab(page);
  const before = await exportView(page, 'One line');
  await page.getByLabel('Open dialplan file').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Shopping list: eggs, milk'),
  });
  const message = page.getByRole('alert').filter({ hasText: 'notes.txt: This is not a dialplan' });
  await expect(message).toContainText('Nothing was replaced.');
  expect(await exportView(page, 'One line')).toBe(before);
});

test('a file with invalid UTF-8 opens with the problem and its position told', async ({ page }) => {
  await openExportTab(page);
  const bytes = Buffer.concat([
    Buffer.from('<dialplan name="Latin">\n  <play type="tts">caf'),
    Buffer.from([0xe9]), // é in Latin-1: not UTF-8
    Buffer.from('</play>\n</dialplan>\n'),
  ]);
  await page.getByLabel('Open dialplan file').setInputFiles({
    name: 'latin1.xml',
    mimeType: 'text/xml',
    buffer: bytes,
  });
  const message = page.getByRole('alert').filter({ hasText: 'Imported latin1.xml.' });
  await expect(message).toContainText(
    'Line 2, column 23: Invalid UTF-8 (E9 at byte offset 46), shown as \ufffd: save the file as UTF-8.',
  );
  await expect.poll(() => exportView(page, 'One line')).toContain('caf\ufffd');
});

test('a UTF-16 file is named as such and still opens', async ({ page }) => {
  await openExportTab(page);
  const text = '<dialplan name="Wide">\n  <hangup/>\n</dialplan>\n';
  await page.getByLabel('Open dialplan file').setInputFiles({
    name: 'wide.xml',
    mimeType: 'text/xml',
    buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Imported wide.xml.' })).toContainText(
    'The file is UTF-16 (little-endian): it was read as such here; save it as UTF-8.',
  );
  await expect.poll(() => exportView(page, 'One line')).toBe(toOneLine(text));
});

test('a file dropped on the window is imported once', async ({ page }) => {
  // Opening the Export tab first once mounted a second drop handler: the file was imported twice.
  await openExportTab(page);
  await pasteIntoStudio(page, OTHER);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'poll.sh', { type: 'text/plain' }));
    return dt;
  }, SEED_CURL);
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  const imported = page.getByRole('alert').filter({ hasText: 'Imported poll.sh.' });
  await expect(imported.first()).toBeVisible();
  await expect(imported).toHaveCount(1);
  expect(await exportView(page, 'One line')).toBe(toOneLine(POLL));
});

test('a share link round-trips comments and non-ASCII text byte for byte', async ({
  page,
  browser,
}) => {
  const text =
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Grüße aus Köln — 日本語 📞 -->\n<dialplan name="Ça">\n\t<play type="tts">Señor &amp; niño   café</play>\n  <hangup/>\n</dialplan>\n';
  await openExportTab(page);
  await pasteIntoStudio(page, text);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#dialplan=/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const dialog = other.getByRole('dialog', { name: 'Open the shared dialplan?' });
  // Asked at once: the app mounts the workspace effects at its root. (A fallback that clicked the
  // Export tab when the question took over 3 s raced the dialog's backdrop on a slow start.)
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  expect(new URL(other.url()).hash).toBe('');
  await dialog.getByRole('button', { name: 'Replace with shared dialplan' }).click();
  await expect(dialog).toBeHidden();
  await other.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  const download = other.waitForEvent('download');
  await clickExport(other, 'Download .xml');
  const path = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(path, 'utf8')).toBe(text);
  await fresh.close();
});

test('documents: examples open as new documents; rename, duplicate, delete with undo, kept on reload', async ({
  page,
}) => {
  await openExportTab(page);
  const list = page.getByRole('list', { name: 'My dialplans' });
  await page.getByRole('button', { name: 'Customer satisfaction survey' }).click();
  await expect(list.getByRole('button', { name: 'Customer satisfaction survey' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  expect(await exportView(page, 'One line')).toContain('Thank you for shopping with Northwind.');

  await openDocuments(page);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New name' }).fill('Survey 2027');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(list.getByRole('button')).toHaveText([
    'Political poll',
    'Survey 2027',
    'Survey 2027 copy',
  ]);

  await page.getByRole('button', { name: 'Delete this dialplan' }).click();
  // Delete asks first; Cancel keeps it
  const ask = page.getByRole('dialog', { name: 'Delete “Survey 2027 copy”?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.getByRole('button')).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete this dialplan' }).click();
  await ask.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(list.getByRole('button')).toHaveText(['Political poll', 'Survey 2027']);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(list.getByRole('button')).toHaveText([
    'Political poll',
    'Survey 2027',
    'Survey 2027 copy',
  ]);

  await list.getByRole('button', { name: 'Political poll' }).click();
  await page.reload();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  await openDocuments(page);
  await expect(list.getByRole('button')).toHaveText([
    'Political poll',
    'Survey 2027',
    'Survey 2027 copy',
  ]);
  expect(await exportView(page, 'One line')).toBe(toOneLine(POLL));
});
