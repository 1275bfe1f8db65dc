/** The built page carries a Content-Security-Policy, and using the studio never trips it. */
import { expect, test } from '@playwright/test';
import { openDocuments, StudioPage } from './pages/StudioPage.ts';

test.use({ viewport: { width: 1400, height: 1300 } }); // Monaco draws only the lines on screen.

test('the built page has a CSP without unsafe-eval, and the studio, XML pane and simulator run under it', async ({
  page,
}) => {
  // Recorded from the first script of the page on: a violation in start-up code would count too.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const studio = new StudioPage(page);
  await studio.open();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).not.toContain('unsafe-eval');

  // The XML pane (Monaco and its worker): typing, completion and validation markers.
  await studio.clickLine('<hangup name="Hangup"/>');
  await studio.type('<oops');
  await expect(studio.xml.locator('.squiggly-error').first()).toBeAttached();
  for (let i = 0; i < '<oops'.length; i++) await page.keyboard.press('Backspace');

  // The simulator: a call that speaks its first prompt.
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await simulator.getByRole('radio', { name: 'Instant' }).check();
  await simulator.getByRole('button', { name: /^Call( again)?$/ }).click();
  await expect(simulator.getByLabel('Caption')).toContainText('political poll');

  // The Send mode (its lazy chunk) and the documents menu (the share link).
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Send' }).click();
  await openDocuments(page);
  await expect(page.getByRole('button', { name: /share link/i }).first()).toBeVisible();

  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});
