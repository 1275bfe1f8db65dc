/**
 * A hostile dialplan (a shared link or an opened file) cannot crash the studio's simulator: a setvar that
 * doubles its own value in a goto loop ends the call with a readable error in the transcript, and the
 * page raises no error. Runs in the plain chromium project: speech plays no part here.
 */
import { expect, test } from '@playwright/test';
import { openExportTab, pasteIntoStudio } from './export-helpers.ts';

const DOUBLING = `<dialplan name="Doubling">
  <setvar name="top" varname="x">\${x}\${x}a</setvar>
  <goto>top</goto>
</dialplan>
`;

test('a value that doubles in a goto loop ends the call with an error naming the setvar', async ({
  page,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await openExportTab(page);
  await pasteIntoStudio(page, DOUBLING);
  await expect(page.getByRole('alert').filter({ hasText: 'Imported pasted text.' })).toBeVisible();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await simulator.getByRole('button', { name: /^Call( again)?$/ }).click();
  const transcript = simulator.getByRole('log', { name: 'Call transcript' });
  await expect(transcript.getByRole('listitem').last()).toHaveText(
    /^L2 Call ended with an error: <setvar name="top"> \(\/dialplan\/setvar, line 2\): the value of 'x' would be [\d,]+ characters, over the limit of 100,000$/,
  );
  expect(pageErrors).toEqual([]);
});
