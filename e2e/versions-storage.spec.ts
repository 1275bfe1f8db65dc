/**
 * Versions that know their storage (issue 30 item 10): a 1 MB dialplan's versions are kept (IndexedDB,
 * not localStorage beside the text), survive a reload, and never make the studio say the saved text is
 * not saved; when the browser's storage is full, the person is told which versions were dropped or not
 * stored.
 */
import { expect, test, type Page } from '@playwright/test';
import { generatePoll } from '../bench/gen-poll.ts';
import { CanvasEditor } from './pages/CanvasEditor.ts';
import { StudioPage } from './pages/StudioPage.ts';
import { VersionsPanel } from './pages/VersionsPanel.ts';

test.use({ viewport: { width: 1366, height: 900 } });

const notSaved = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'Your work is NOT saved' });

async function saveVersion(versions: VersionsPanel, name: string) {
  await versions.panel.getByRole('textbox', { name: 'Version name' }).fill(name);
  await versions.panel.getByRole('button', { name: 'Save version' }).click();
  await expect(versions.version(name)).toBeVisible();
}

test('a 1 MB dialplan: nine versions are stored, survive a reload, and the text is saved', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const poll = generatePoll(2000);
  expect(poll.length).toBeGreaterThan(1_000_000);
  const canvas = new CanvasEditor(page);
  const versions = new VersionsPanel(page);
  await canvas.openWith(poll);
  await versions.open();
  await expect(versions.version('Opened')).toBeVisible({ timeout: 60_000 });
  const names = Array.from({ length: 8 }, (_, i) => `Wave ${i + 1}`);
  for (const name of names) await saveVersion(versions, name);
  await expect
    .poll(() => versions.storedLabels(), { timeout: 60_000 })
    .toEqual(['Opened', ...names]);
  await expect(notSaved(page)).toHaveCount(0);
  // the text itself is in localStorage (what start-up reads), not crowded out by the versions
  expect(await canvas.savedText()).toBe(poll);

  await page.reload();
  await versions.open();
  await expect(versions.versions.getByRole('listitem')).toHaveCount(9, { timeout: 60_000 });
  await expect(versions.version('Wave 8')).toBeVisible();
  await expect(notSaved(page)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: /version/i })).toHaveCount(0);
});

test('a full storage: the person is told which versions were dropped and which are not stored, never that the text is unsaved', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();
  await versions.open();
  await saveVersion(versions, 'Kept by name');
  await expect.poll(() => versions.storedLabels()).toEqual(['Opened', 'Kept by name']);
  // from now on every version write finds the storage full
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await saveVersion(versions, 'Too late');

  const told = page.getByRole('alert').filter({ hasText: 'Too late' });
  await expect(told).toContainText('this older version was dropped: “Opened”');
  await expect(told).toContainText('could not be stored');
  await expect(versions.version('Too late')).toContainText('kept until this page closes');
  await expect(versions.version('Opened')).toHaveCount(0);
  expect(await versions.storedLabels()).toEqual(['Kept by name']);
  await expect(notSaved(page)).toHaveCount(0);
});
