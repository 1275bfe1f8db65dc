/**
 * Versions from the first moment (issue 24 item 6): an opened or new document keeps a version, so the
 * first edit has something to compare with; Restore and leaving a comparison raise no error.
 */
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';
import { VersionsPanel } from './pages/VersionsPanel.ts';

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the opened document has a version: the first edit compares with it and Restore brings it back', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();
  await versions.open();
  await expect(versions.version('Opened')).toHaveCount(1);

  // the first edit, in Design (the XML is hidden in Versions mode until asked for)
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Design' }).click();
  await studio.clickLine('This is a call for a short political poll');
  await studio.type('Quick question. ');
  await expect(studio.node('menu Live')).toContainText('Quick question.');
  await versions.open();

  await versions.compareWith('Opened');
  await expect(versions.change(/Changed play "play_Live" text/)).toContainText('Quick question.');
  await expect(versions.diffEditor.locator('.view-lines').last()).toContainText('Quick question.');
  // leaving the comparison and coming back
  await versions.panel.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(versions.diffEditor).toHaveCount(0);
  await versions.compareWith('Opened');
  await expect(versions.diffEditor.locator('.view-lines').last()).toContainText('Quick question.');

  await versions.restore('Opened');
  await expect(studio.node('menu Live')).not.toContainText('Quick question.');
  await expect(versions.diffEditor).toHaveCount(0);
  // a reload keeps the one starting version (no second "Opened" for the same document)
  await studio.expectSaved('This is a call for a short political poll');
  await studio.open({ keepStorage: true });
  await versions.open();
  await expect(versions.version('Opened')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a new document starts with a "New" version', async ({ page }) => {
  const errors = collectPageErrors(page);
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();
  await page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'New' }).click();
  await page.getByRole('button', { name: 'Empty poll' }).click();
  await versions.open();
  await expect(versions.versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions.version('New')).toBeVisible();
  await versions.compareWith('New');
  await expect(versions.panel).toContainText('No changes');
  await versions.restore('New');
  await expect(versions.diffEditor).toHaveCount(0);
  expect(errors).toEqual([]);
});
