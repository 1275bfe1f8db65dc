/**
 * A version carries the document's test suite (issue 27, item 4): Restore brings the suite back with
 * the text, also after a reload (the versions are in IndexedDB).
 */
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';
import { VersionsPanel } from './pages/VersionsPanel.ts';

function suitePanel(page: Page) {
  return page.getByRole('region', { name: 'Test suite' });
}

async function openSuite(page: Page) {
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  await expect(suitePanel(page)).toBeVisible();
}

function testNames(page: Page): Promise<(string | null)[]> {
  return suitePanel(page)
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
}

test('Restore brings back the test suite the version was saved with', async ({ page }) => {
  const studio = new StudioPage(page);
  const versions = new VersionsPanel(page);
  await studio.open();

  // given: a one-test suite, kept in a named version
  await openSuite(page);
  await suitePanel(page)
    .getByLabel('Import a tests file')
    .setInputFiles({
      name: 'poll.tests.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ tests: [{ name: 'yes, then Donkeys', inputs: ['1', '1'] }] }),
      ),
    });
  await expect.poll(() => testNames(page)).toEqual(['yes, then Donkeys']);
  await versions.open();
  await versions.panel.getByRole('textbox', { name: 'Version name' }).fill('One test');
  await versions.panel.getByRole('button', { name: 'Save version' }).click();
  await expect.poll(() => versions.storedLabels()).toContain('One test');

  // when: the suite is replaced by generated tests, the page reloaded, and the version restored
  await openSuite(page);
  await suitePanel(page).getByRole('button', { name: 'Generate tests' }).click();
  await expect.poll(async () => (await testNames(page)).length).toBeGreaterThan(1);
  await studio.open({ keepStorage: true });
  await openSuite(page);
  await expect.poll(async () => (await testNames(page)).length).toBeGreaterThan(1);
  await versions.open();
  await versions.restore('One test');

  // then: the suite is the one the version was saved with
  await openSuite(page);
  await expect.poll(() => testNames(page)).toEqual(['yes, then Donkeys']);
});
