import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { toOneLine, treeSignature } from '../src/core/index.ts';
import { POLL, clickExport, exportView, openExportTab, pasteIntoStudio } from './export-helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Copy JSON string: the clipboard parses to the one-line XML, which is the same tree', async ({
  page,
}) => {
  await openExportTab(page);
  await exportView(page, 'JSON string');
  await clickExport(page, 'Copy JSON string');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  const oneLine = JSON.parse(clipboard) as string;
  expect(oneLine).toBe(toOneLine(POLL));
  expect(oneLine).not.toContain('\n');
  expect(treeSignature(oneLine)).toEqual(treeSignature(POLL));
});

test('the broadcast form checks fromNumber and retries, and the body has the seed structure', async ({
  page,
}) => {
  await openExportTab(page);
  const form = page.getByRole('form', { name: 'Broadcast settings' });
  const from = form.getByRole('textbox', { name: 'From number' });
  await from.fill('+1 213 555 1189');
  await expect(form.getByText('Digits only, like 12135551189')).toBeVisible();
  await from.fill('12131111189');
  await expect(form.getByText('Not a valid North American area code and exchange')).toBeVisible();
  await from.fill('13105550100');
  await expect(from).toHaveAttribute('aria-invalid', 'false');

  const attempts = form.getByRole('spinbutton', { name: 'Max attempts' });
  await attempts.fill('0');
  await expect(form.getByText('A whole number from 1 to 20')).toBeVisible();
  await attempts.fill('3');
  await form.getByRole('checkbox', { name: 'CARRIER_ERROR' }).check();
  await expect(form.getByText('Broadcast settings are valid.')).toBeVisible();

  const body = JSON.parse(await exportView(page, 'Broadcast JSON')) as Record<string, unknown>;
  expect(Object.keys(body)).toEqual([
    'name',
    'fromNumber',
    'labels',
    'localTimeRestriction',
    'retryConfig',
    'dialplanXml',
  ]);
  expect(body).toMatchObject({
    fromNumber: '13105550100',
    localTimeRestriction: { beginHour: 9, beginMinute: 0, endHour: 18, endMinute: 0 },
    retryConfig: {
      maxAttempts: 3,
      minutesBetweenAttempts: 5,
      retryResults: ['BUSY', 'NO_ANS', 'CARRIER_ERROR'],
      retryPhoneTypes: ['MOBILE_PHONE', 'WORK_PHONE'],
    },
    dialplanXml: toOneLine(POLL),
  });
  const curl = await exportView(page, 'curl command');
  expect(curl).toContain('-u "YOUR_API_LOGIN:YOUR_API_PASSWORD"');
  expect(curl).toContain('https://api.callfire.com/v2/calls/broadcasts');
  await page.getByRole('radio', { name: 'API sequence', exact: true }).check();
  await page.getByRole('textbox', { name: 'Broadcast id' }).fill('7654321');
  const sequence = page.getByRole('textbox', { name: 'API sequence', exact: true });
  await expect(sequence).toHaveValue(/BROADCAST_ID=7654321\n/);
  await expect(sequence).toHaveValue(/broadcasts\/\$BROADCAST_ID\/batches/);
  await expect(sequence).toHaveValue(/broadcasts\/\$BROADCAST_ID\/start/);
  await expect(sequence).toHaveValue(/broadcasts\/\$BROADCAST_ID\/calls\?limit=100&offset=0/);

  await page.reload();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('textbox', { name: 'From number' })).toHaveValue('13105550100');
});

test('Ctrl+S downloads the document as .xml, exactly as written', async ({ page }) => {
  await openExportTab(page);
  // Ctrl+S is the export view's: it answers once the Send panel (a lazy chunk) is drawn.
  await expect(page.getByRole('button', { name: 'Download .xml' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Export anyway' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Political-poll.xml');
  expect(await readFile(await file.path(), 'utf8')).toBe(POLL);
});

test('exporting a document with errors asks first and names the errors', async ({ page }) => {
  await openExportTab(page);
  await pasteIntoStudio(page, '<dialplan name="Broken">\n  <play type="tts">Hi\n</dialplan>\n');
  await page.getByRole('button', { name: 'Download .xml' }).click();
  const dialog = page.getByRole('dialog', { name: /This dialplan has \d+ errors?/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem').first()).toContainText(/^Line \d+: /);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Download .xml' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toContain('<play type="tts">Hi');
});

test('recipients typed one per line go into the broadcast body; a bad line is named and nothing is lost', async ({
  page,
}) => {
  await openExportTab(page);
  const form = page.getByRole('form', { name: 'Broadcast settings' });
  const recipients = form.getByRole('textbox', { name: 'Recipients (one per line)' });
  await recipients.fill('(213) 555-1234, firstName=Ann\n213555');
  await expect(form.getByText('Line 2: ')).toContainText("'213555' is not a phone number");
  await expect(form.getByText('1 broadcast setting to fix.')).toBeVisible();
  await expect(recipients).toHaveValue('(213) 555-1234, firstName=Ann\n213555');

  await recipients.fill('(213) 555-1234, firstName=Ann\ncontact:42');
  await expect(form.getByText('Broadcast settings are valid.')).toBeVisible();
  const body = JSON.parse(await exportView(page, 'Broadcast JSON')) as Record<string, unknown>;
  expect(body['recipients']).toEqual([
    { phoneNumber: '2135551234', attributes: { firstName: 'Ann' } },
    { contactId: 42 },
  ]);
  expect(Object.keys(body).slice(-2)).toEqual(['recipients', 'dialplanXml']);

  // an imported body's recipients show as lines; a shape the lines cannot say is kept as json:
  await pasteIntoStudio(
    page,
    JSON.stringify({
      name: 'Imported',
      recipients: [{ phoneNumber: '13105550100' }, { phoneNumber: '13105550101', extra: 1 }],
      dialplanXml: '<dialplan name="Root"><hangup/></dialplan>',
    }),
  );
  await expect(recipients).toHaveValue('13105550100\njson:{"phoneNumber":"13105550101","extra":1}');
});
