/**
 * Test suites in the studio (issue 27): import a `.tests.json` file, Run all with a failure pointing at
 * its element, generate a covering suite, and the graph's "Not covered" marks; axe on the panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage.ts';

async function openSuite(page: Page) {
  const studio = new StudioPage(page);
  await studio.open();
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  const suite = page.getByRole('region', { name: 'Test suite' });
  await expect(suite).toBeVisible();
  return { studio, suite };
}

async function importTests(page: Page, tests: unknown) {
  await page
    .getByRole('region', { name: 'Test suite' })
    .getByLabel('Import a tests file')
    .setInputFiles({
      name: 'poll.tests.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tests)),
    });
}

const yesDonkeys = {
  name: 'yes, then Donkeys',
  inputs: ['1', '1'],
  expect: { responses: { Vote: 'Yes', Candidate: '1' }, end: 'hangup' },
};

test('import a tests file, run all, and show the element where a failing test diverged', async ({
  page,
}) => {
  const { studio, suite } = await openSuite(page);
  await importTests(page, {
    tests: [
      yesDonkeys,
      { name: 'no is yes', inputs: ['2'], expect: { responses: { Vote: 'Yes' } } },
    ],
  });
  await expect(suite.getByRole('status')).toHaveText('Imported 2 tests from poll.tests.json');
  await suite.getByRole('button', { name: 'Run all tests' }).click();
  await expect(suite.getByRole('status')).toHaveText(
    '1 of 2 tests fail · 4 of 7 reachable branches covered',
  );
  const failures = suite.getByRole('list', { name: 'Failures of no is yes' });
  await expect(failures).toContainText('responses.Vote: expected "Yes", got "No"');
  await failures.getByRole('button', { name: /^Show stash_Will_Not_Vote \(line \d+\)$/ }).click();
  await expect(studio.selectedNode()).toHaveCount(1);
  await expect(suite.getByRole('listitem', { name: 'yes, then Donkeys' })).toContainText(
    '✓ passes',
  );
  expect(
    (
      await new AxeBuilder({ page }).include('[aria-label="Test suite"]').analyze()
    ).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
  ).toEqual([]);
});

test('a tests file with an unknown key is refused with the test and key named', async ({
  page,
}) => {
  const { suite } = await openSuite(page);
  await importTests(page, { tests: [{ name: 'typo', expect: { respones: {} } }] });
  await expect(suite.getByRole('alert')).toHaveText(
    `test 1 "typo": unknown key 'expect.respones' (did you mean 'expect.responses'?)`,
  );
  await expect(suite.getByText('No tests yet')).toBeVisible();
});

test('coverage marks the branches no test takes; a generated suite leaves none', async ({
  page,
}) => {
  const { studio, suite } = await openSuite(page);
  await importTests(page, { tests: [yesDonkeys] });
  await suite.getByRole('checkbox', { name: 'Show coverage on the graph' }).check();
  const marks = studio.graph.getByTestId('not-covered');
  await expect(marks.first()).toBeVisible();
  await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(3);
  await expect(suite.getByRole('status')).toHaveText(
    'The test passes · 3 of 7 reachable branches covered',
  );
  await suite.getByRole('button', { name: 'Generate tests' }).click();
  await expect(suite.getByRole('status')).toHaveText(
    /^All \d+ tests pass · 7 of 7 reachable branches covered$/,
  );
  await expect(marks).toHaveCount(0);
  await expect(suite.getByRole('listitem', { name: 'Live 2 → Hangup' })).toBeVisible();
});
