/** Shared steps of the export and import journeys. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { openDocuments } from './pages/StudioPage.ts';

export const POLL = readFileSync('public/examples/political-poll.xml', 'utf8');
export const SEED_CURL = readFileSync('fixtures/export/political-poll-curl.sh', 'utf8');
export const SEED_JSON_FILE = 'fixtures/export/political-poll-broadcast.json';

/** Opens the studio on a fresh workspace in Send mode, with the header's documents menu open. */
export async function openExportTab(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  await openDocuments(page);
}

/** The current export view's text, e.g. 'One line'. */
export async function exportView(page: Page, format: string): Promise<string> {
  await page.getByRole('radio', { name: format, exact: true }).check();
  return page.getByRole('textbox', { name: format, exact: true }).inputValue();
}

/** Clicks an export action, accepting the "has errors" question if the document has errors. */
export async function clickExport(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Export anyway' }).click();
}

export async function pasteIntoStudio(page: Page, text: string): Promise<void> {
  await openDocuments(page);
  await page.getByRole('button', { name: 'Paste XML…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a dialplan' });
  await dialog.getByRole('textbox', { name: 'Pasted text' }).fill(text);
  await dialog.getByRole('button', { name: 'Import' }).click();
}
