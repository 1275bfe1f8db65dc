/**
 * Issue 30 in the studio's Results tab: pages that once took the tab down (20,000 questions, 20,000
 * distinct answers, names like __proto__, re-listed attempts) open, are counted, and draw a bounded chart
 * with a note saying how much is left out and that the CSV has it all. Pages are generated here.
 */
import { expect, test, type Page } from '@playwright/test';
import { ResultsPanel } from './pages/ResultsPanel.ts';
import { StudioPage } from './pages/StudioPage.ts';

const answering = (id: number, question: string, response: string, final = 'LA') => ({
  id,
  finalCallResult: final,
  records: [{ id: 1, finishTime: 1, questionResponses: [{ question, response }] }],
});

async function openPage(page: Page, name: string, items: unknown[]): Promise<ResultsPanel> {
  await new StudioPage(page).open();
  const results = new ResultsPanel(page);
  await results.open();
  await results.region.getByLabel('Open call results').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ items })),
  });
  return results;
}

/** Console errors (React's `<rect> width NaN` among them) collected while the test runs. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('20,000 distinct answers: the chart draws the top 50 and says all are in the CSV', async ({
  page,
}) => {
  const items = Array.from({ length: 20_000 }, (_, i) =>
    answering(i, 'Name', i < 5 ? 'Smith' : `N${i}`),
  );
  const results = await openPage(page, 'many-answers.json', items);
  const chart = results.region.getByRole('region', { name: 'Name', exact: true });
  await expect(chart).toContainText('20000 answers');
  await expect(chart).toContainText('Showing the top 50 of 19,996 answers; all are in the CSV.');
  await expect(chart.locator('rect.bar-fill')).toHaveCount(50);
  await expect(chart.getByRole('img')).toHaveAccessibleName(/^Name: Smith: 5 \(0\.0 %/);
  // The whole panel stays small: 20,000 answers once drew some 140,000 nodes.
  const nodes = await results.region.evaluate((region) => region.querySelectorAll('*').length);
  expect(nodes).toBeLessThan(3000);
  await results.showTables();
  await expect(results.table('Name').getByRole('row')).toHaveCount(51);
  expect(await results.row('Name', 'Smith')).toEqual(['5', '0.0 %', '0.0 % – 0.1 %']);
});

test('20,000 calls each answering another question: 50 charts, a note, and the funnel by design', async ({
  page,
}) => {
  const items = Array.from({ length: 20_000 }, (_, i) => answering(i, `Q${i}`, `A${i}`));
  const results = await openPage(page, 'many-questions.json', items);
  await expect(results.region.getByRole('region', { name: 'Summary' })).toContainText(
    'Calls20,000',
  );
  // The studio's example poll asks Vote and Candidate: they come first, then the pages' 20,000.
  await expect(results.region).toContainText(
    'Showing the first 50 of 20,002 questions; all are in the CSV.',
  );
  await expect(results.region.getByRole('region', { name: 'Q47', exact: true })).toBeVisible();
  await expect(results.region.getByRole('region', { name: 'Q48', exact: true })).toHaveCount(0);
  // The funnel counts by the dialplan's design (issue 26): its steps are the dialplan's menus, not the
  // pages' questions — none of the 20,000 calls answered Vote, so all stopped at the first menu.
  const funnel = results.region.getByRole('region', { name: 'Funnel', exact: true });
  await expect(funnel.locator('.bar-label')).toHaveText([
    'Live answers',
    'Completed',
    'Stopped at Live',
  ]);
  await expect(funnel.locator('.bar-value')).toHaveText([
    '20,000 (100.0 %)',
    '0 (0.0 %)',
    '20,000 (100.0 %)',
  ]);
});

test('__proto__ and constructor are counted like any name; re-listed attempts are reported', async ({
  page,
}) => {
  const errors = consoleErrors(page);
  const results = await openPage(page, 'proto.json', [
    answering(1, '__proto__', 'constructor', 'constructor'),
    answering(2, '__proto__', '__proto__', 'LA'),
    answering(3, 'constructor', '__proto__', 'LA'),
    // Call 3's attempt 1 again, with another answer: the first reading is kept and the summary says so.
    answering(3, 'constructor', 'toString', 'LA'),
  ]);
  const summary = results.region.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Calls3');
  await expect(summary).toContainText(
    '1 attempts were listed again with different contents; the first reading of each was kept (call 3 attempt 1).',
  );
  const proto = results.region.getByRole('region', { name: '__proto__', exact: true });
  await expect(proto).toContainText('2 answers');
  const ctor = results.region.getByRole('region', { name: 'constructor', exact: true });
  await expect(ctor).toContainText('1 answers');
  await results.showTables();
  expect(await results.row('__proto__', 'constructor')).toEqual(['1', '50.0 %', '9.5 % – 90.5 %']);
  expect((await results.row('Final call result', 'constructor')).slice(0, 2)).toEqual([
    '1',
    '33.3 %',
  ]);
  await expect(results.region).not.toContainText('NaN');
  expect(errors.filter((e) => /NaN/.test(e))).toEqual([]);
});
