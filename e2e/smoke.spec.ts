import { expect, test } from '@playwright/test';

test('the studio opens with its Graph and XML regions', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Dialplan Studio' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Graph' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'XML' })).toBeVisible();
});
