/**
 * axe-core on the four screens of issue #12: the studio on first load, the simulator mid-call, the Export
 * tab and the Question editor. The bar: no serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { MODES, StudioPage } from './pages/StudioPage.ts';

/** Serious and critical violations, each with the first few offending elements (to read a failure). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      count: v.nodes.length,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
}

test.beforeEach(async ({ page }) => {
  await new StudioPage(page).open();
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
});

test('the studio on first load', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);
});

test('the simulator mid-call', async ({ page }) => {
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  const panel = page.getByRole('region', { name: 'Simulator' });
  await panel.getByRole('radio', { name: 'Instant' }).check();
  await panel.getByRole('button', { name: /^Call( again)?$/ }).click();
  await expect(panel.getByLabel('Digits collected')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the Export tab', async ({ page }) => {
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Export' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the Question editor', async ({ page }) => {
  await page.getByRole('group', { name: 'Document' }).getByRole('button', { name: 'New' }).click();
  await page.getByRole('button', { name: 'Empty poll' }).click();
  await expect(page.getByRole('form', { name: 'Question' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dark editor theme', async ({ page }) => {
  await page.getByRole('button', { name: 'Dark editor' }).click();
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // remembered: a reload keeps it
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark editor' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

/** Each mode, in each theme (issue 25 item 3). */
for (const theme of ['Light', 'Dark'] as const) {
  for (const mode of MODES) {
    test(`${mode} in the ${theme.toLowerCase()} theme`, async ({ page }) => {
      await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: theme }).click();
      await new StudioPage(page).modeButton(mode).click();
      await expect(page.locator('.monaco-editor').first()).toHaveClass(
        theme === 'Dark' ? /vs-dark/ : /\bvs\b/,
      );
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
