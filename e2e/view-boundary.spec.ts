/** One failing view never blanks the studio: it says what failed and offers the ways out. */
import { expect, test } from '@playwright/test';
import { DEFAULT_BROADCAST } from '../src/core/index.ts';
import { openDocuments, StudioPage } from './pages/StudioPage.ts';

test('an Export tab that fails on its data leaves the studio working and lets the document be deleted', async ({
  page,
}) => {
  // A schedule with none of its fields: it passes the stored-value check (a list of objects) but the
  // schedule fields cannot draw it.
  await page.addInitScript((broadcast) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    const plan = (name: string) =>
      `<dialplan name="Root">\n  <hangup name="${name}"/>\n</dialplan>\n`;
    localStorage.setItem(
      'dialplan-studio:workspace',
      JSON.stringify({
        version: 1,
        activeId: 'bad',
        documents: [
          { id: 'good', name: 'Good plan', text: plan('Good'), broadcast },
          {
            id: 'bad',
            name: 'Bad plan',
            text: plan('Bad'),
            broadcast: { ...broadcast, schedules: [{}] },
          },
        ],
      }),
    );
  }, DEFAULT_BROADCAST);
  const studio = new StudioPage(page);
  await page.goto('/');
  await expect(studio.node('hangup Bad')).toBeVisible();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'The Export view failed' });
  await expect(failed).toBeVisible();
  // The rest of the studio still works.
  await expect(studio.node('hangup Bad')).toBeVisible();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Design' }).click();
  await expect(page.locator('[data-panel="Inspector"]')).toBeVisible();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();

  const download = page.waitForEvent('download');
  await failed.getByRole('button', { name: 'Download the text' }).click();
  expect((await download).suggestedFilename()).toBe('Bad-plan.xml');

  await failed.getByRole('button', { name: 'Delete the open document' }).click();
  await expect(studio.node('hangup Good')).toBeVisible();
  await expect(failed).toHaveCount(0);
  await expect((await openDocuments(page)).getByText('Good plan').first()).toBeVisible();
});
