import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ResultsPanel } from './pages/ResultsPanel.ts';
import { StudioPage } from './pages/StudioPage.ts';

// Hand-counted in fixtures/results/README.md: three overlapping pages, one retried call, both API shapes.
const PAGES = ['poll-page-1.json', 'poll-page-2.json', 'poll-page-3-old-api.json'].map(
  (f) => `fixtures/results/${f}`,
);

async function openResults(page: Page, files: string[]): Promise<ResultsPanel> {
  await new StudioPage(page).open();
  const results = new ResultsPanel(page);
  await results.open();
  await results.openFiles(files);
  return results;
}

/** No serious or critical accessibility violation in the Results panel. */
async function expectAxeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).include('.results-panel').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('before any calls: a heading and three steps say what to do, the file chooser is the primary action', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await new StudioPage(page).open();
  const results = new ResultsPanel(page);
  await results.open();
  const start = results.region.getByRole('group', { name: 'See what your callers answered' });
  await expect(
    start.getByRole('heading', { name: 'See what your callers answered' }),
  ).toBeVisible();
  const steps = start.getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('GET /v2/calls');
  await expect(steps.nth(0)).toContainText('npx dialplan calls fetch --broadcast ID --out calls');
  await steps.nth(0).getByRole('button', { name: 'Copy command' }).click();
  await expect(steps.nth(0).getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'npx dialplan calls fetch --broadcast ID --out calls',
  );

  // the chooser sits in step 2, drawn in the accent colour (the primary button), and the keyboard opens it
  const chooser = steps.nth(1).getByLabel('Open call results');
  await expect(chooser).toHaveAttribute('type', 'file');
  const face = steps.nth(1).getByText('Open call results…');
  await expect(face).toBeVisible();
  const accent = await face.evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--color-accent)';
    el.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });
  await expect(face).toHaveCSS('background-color', accent);
  await page.keyboard.press('Tab'); // from Copy command, the next stop is the chooser, with its ring
  await expect(chooser).toBeFocused();
  await expect(face).toHaveCSS('outline-style', 'solid');
  const picker = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await picker;
  // a click on the face opens it too (the input lies over it, corner to corner)
  const box = (await face.boundingBox())!;
  for (const [x, y] of [
    [box.x + 3, box.y + 3],
    [box.x + box.width - 3, box.y + box.height - 3],
  ] as const) {
    const clicked = page.waitForEvent('filechooser');
    await page.mouse.click(x, y);
    await clicked;
  }
  await expectAxeClean(page);

  await results.openFiles(PAGES);
  await expect(results.region.getByRole('region', { name: 'Summary' })).toContainText('Calls10');
  await expect(start).toBeHidden();
  await expect(results.region.getByLabel('Open call results')).toHaveCount(1); // more pages can come
});

test('three page files of the poll: counts in the tables, on the graph, the forecast, and the CSV', async ({
  page,
}) => {
  const results = await openResults(page, PAGES);

  const summary = results.region.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Calls10');
  await expect(summary).toContainText('Live answers7');
  // Completion by design: the No voter (thanked and hung up on) completed; the Yes voter who named no
  // candidate stopped at Question_01 — 6 of 7, not the 5 of 7 who answered every question.
  await expect(summary).toContainText('Completion rate85.7 %');
  await expect(summary).toContainText('a No that is thanked and hung up on has completed');
  await expect(summary).toContainText('Billed');
  await expect(summary).toContainText(/Billed\d+\.\d\d credits/);

  // Answers in words from the dialplan's prompts, the stored value in the bar's tooltip.
  const candidate = results.region.getByRole('region', { name: 'Candidate' });
  await expect(candidate.locator('.bar-label')).toHaveText(['Donkeys', 'Elephants', 'Greenies']);
  await expect(candidate.getByRole('img')).toHaveAccessibleName(/^Candidate: Donkeys \(1\): 3 /);
  // Call results in words, the code kept in the tooltip.
  const finals = results.region.getByRole('region', { name: 'Final call result' });
  await expect(finals.locator('.bar-label')).toContainText(['Live answer', 'No answer']);
  await expect(finals.locator('g > title').first()).toHaveText(/^Live answer \(LA\): 7 /);

  await results.showTables();
  expect(await results.row('Vote', 'Yes')).toEqual(['6', '85.7 %', '48.7 % – 97.4 %']);
  expect(await results.row('Vote', 'No')).toEqual(['1', '14.3 %', '2.6 % – 51.3 %']);
  expect((await results.row('Candidate', 'Donkeys (1)')).slice(0, 2)).toEqual(['3', '60.0 %']);
  expect((await results.row('Candidate', 'Elephants (2)')).slice(0, 2)).toEqual(['1', '20.0 %']);
  expect((await results.row('Candidate', 'Greenies (3)')).slice(0, 2)).toEqual(['1', '20.0 %']);
  // The funnel by design: completed, and where the others stopped (menu names).
  expect((await results.row('Funnel', 'Live answers')).slice(0, 2)).toEqual(['7', '100.0 %']);
  expect((await results.row('Funnel', 'Completed')).slice(0, 2)).toEqual(['6', '85.7 %']);
  expect((await results.row('Funnel', 'Stopped at Question_01')).slice(0, 2)).toEqual([
    '1',
    '14.3 %',
  ]);
  expect((await results.row('Final call result', 'Live answer (LA)')).slice(0, 2)).toEqual([
    '7',
    '70.0 %',
  ]);

  // On the graph: each stashing branch's count and share, each menu's reached and drop-off.
  await results.showOnGraph('Real results');
  const studio = new StudioPage(page);
  const badge = (node: string, elementId: string) =>
    studio.node(node).locator(`[data-element-id="${elementId}"]`).getByTestId('results-badge');
  await expect(badge('menu Live', '/dialplan/menu[1]/keypress[1]')).toHaveText('6 · 85.7 %');
  await expect(badge('menu Live', '/dialplan/menu[1]/keypress[2]')).toHaveText('1 · 14.3 %');
  await expect(badge('menu Question_01', '/dialplan/menu[2]/keypress[1]')).toHaveText(
    '5 · 100.0 %',
  );
  await expect(studio.node('menu Live').getByTestId('results-badge').first()).toHaveText(
    'reached 7 · dropped 0',
  );
  await expect(studio.node('menu Question_01').getByTestId('results-badge').first()).toHaveText(
    'reached 6 · dropped 1',
  );

  // The forecast (batch simulation) for the same dialplan, scaled to the 7 live answers.
  await results.showOnGraph('Forecast (batch simulation)');
  await expect(badge('menu Live', '/dialplan/menu[1]/keypress[1]')).toHaveText(
    /^≈ \d+ · \d+\.\d %$/,
  );
  await expect(badge('menu Live', '/dialplan/menu[1]/keypress[1]')).not.toHaveText('≈ 6 · 85.7 %');
  await results.showOnGraph('Nothing');
  await expect(studio.graph.getByTestId('results-badge')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await results.region.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe('id,toNumber,finalCallResult,Vote,Candidate');
  expect(rows).toHaveLength(11);
  expect(rows).toContain('4400005,12135550005,LA,Yes,1');
  expect(rows).toContain('4400003,12135550003,LA,No,');
  expect(rows).toContain('4400009,12135550009,NO_ANS,,');
});

test('the cross-tab works one choice at a time: rows alone give a one-way table, then both a two-way one', async ({
  page,
}) => {
  const results = await openResults(page, PAGES);
  const cross = results.crossTab();
  await cross.rows.selectOption('Vote');
  // The choice stays (it used to snap back to "Choose…" until Columns was set too).
  await expect(cross.rows).toHaveValue('Vote');
  await expect(cross.table).toHaveAccessibleName(/^Vote \(7 calls that answered it/);
  await expect(cross.table.getByRole('row', { name: /^Yes / }).getByRole('cell')).toHaveText([
    '6',
    '85.7 %',
  ]);
  await expect(cross.table.getByRole('row', { name: /^No / }).getByRole('cell')).toHaveText([
    '1',
    '14.3 %',
  ]);

  await cross.columns.selectOption('Candidate');
  await expect(cross.rows).toHaveValue('Vote');
  await expect(cross.table).toHaveAccessibleName(/^Vote × Candidate/);
  await expect(cross.table.getByRole('columnheader')).toHaveText([
    'Vote',
    'Donkeys (1)',
    'Elephants (2)',
    'Greenies (3)',
    'Total',
  ]);
  // Row percentages: of the 5 Yes voters who named a candidate, 3 chose Donkeys.
  await expect(cross.table.getByRole('row', { name: /^Yes / }).getByRole('cell')).toHaveText([
    '3 (60.0 %)',
    '1 (20.0 %)',
    '1 (20.0 %)',
    '5',
  ]);

  // The cross-tab and the charts in words: no serious or critical accessibility violation.
  await expectAxeClean(page);

  // Columns alone: a one-way table of Candidate.
  await cross.rows.selectOption('');
  await expect(cross.columns).toHaveValue('Candidate');
  await expect(cross.table).toHaveAccessibleName(/^Candidate \(5 calls that answered it/);
  await expect(
    cross.table.getByRole('row', { name: /^Donkeys \(1\) / }).getByRole('cell'),
  ).toHaveText(['3', '60.0 %']);
});

test('forecast beside real: the simulated share of each answer on the same chart, and which differs most', async ({
  page,
}) => {
  const results = await openResults(page, PAGES);
  await results.region.getByRole('button', { name: 'Forecast beside real' }).click();
  const candidate = results.region.getByRole('region', { name: 'Candidate' });
  // The simulation answers 1–5 evenly: Undecided (4) and 5 appear beside the three real answers.
  await expect(candidate.locator('.bar-forecast')).toHaveCount(5);
  await expect(candidate.locator('.bar-label').nth(3)).toHaveText('Undecided');
  await expect(candidate.locator('g > title').first()).toHaveText(
    /^Donkeys \(1\): 3 \(60\.0 %.*; forecast \d+\.\d %$/,
  );
  await expect(candidate).toContainText(
    /Differs most from the forecast: Donkeys \(1\), 60\.0 % real against \d+\.\d % forecast \(\+\d+\.\d points\)\./,
  );
  await expectAxeClean(page);

  await results.showTables();
  const undecided = await results.row('Candidate', 'Undecided (4)');
  expect(undecided.slice(0, 2)).toEqual(['0', '0.0 %']);
  expect(undecided[3]).toMatch(/^\d+\.\d %$/);
  expect(Number.parseFloat(undecided[3] ?? '')).toBeGreaterThan(10);

  // Off again: one mark per bar.
  await results.showTables();
  await results.region.getByRole('button', { name: 'Forecast beside real' }).click();
  await expect(candidate.locator('.bar-forecast')).toHaveCount(0);
  await expect(candidate.locator('.bar-label')).toHaveCount(3);
});

test('filters narrow the counts; a file that is not a page is reported and the rest still counts', async ({
  page,
}) => {
  const results = await openResults(page, [...PAGES, 'fixtures/political-poll.xml']);
  await expect(results.region.getByRole('alert')).toContainText('political-poll.xml: not JSON');
  const summary = results.region.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Calls10');
  // Call results are offered in words, the code beside them.
  const callResult = results.region.getByRole('combobox', { name: 'Call result' });
  await callResult.selectOption({ label: 'No answer (NO_ANS)' });
  await expect(summary).toContainText('Calls1Live answers0');
  await callResult.selectOption({ label: 'All' });
  await expect(summary).toContainText('Calls10');
  await results.region.getByRole('combobox', { name: 'Batch' }).selectOption('7002');
  await expect(summary).toContainText('Calls4');
  await results.showTables();
  expect((await results.row('Vote', 'Yes')).slice(0, 2)).toEqual(['3', '100.0 %']);

  // Charts, tables, filters and the overlay choice: no serious or critical accessibility violation.
  await results.region.getByRole('button', { name: 'Show as tables' }).click();
  await expectAxeClean(page);
});

test('real beside forecast on the graph: both shares and the difference on each branch, and where they part most', async ({
  page,
}) => {
  const results = await openResults(page, PAGES);
  await expect(results.region.getByRole('region', { name: 'Summary' })).toContainText('Calls10');
  await results.showOnGraph('Real beside forecast');
  const studio = new StudioPage(page);
  const yes = studio
    .node('menu Live')
    .locator('[data-element-id="/dialplan/menu[1]/keypress[1]"]')
    .getByTestId('results-badge');
  // Real 6 of 7 said Yes; the simulation answers at random, so its share is a number we only shape-check.
  await expect(yes).toHaveText(/^85\.7 % · ≈ \d+\.\d % \([+−±]\d+\.\d pts\)$/);
  const [forecastShare, points] = /≈ (\d+\.\d) % \(([+−±]\d+\.\d) pts\)/
    .exec((await yes.textContent()) ?? '')!
    .slice(1);
  // The difference is the two shares' difference, to the shown tenth.
  const expected = 85.7 - Number(forecastShare);
  expect(Math.abs(Number(points?.replace('−', '-').replace('±', '')) - expected)).toBeLessThan(
    0.11,
  );
  await expect(yes).toHaveAttribute(
    'title',
    /^Real: 6 calls \(85\.7 % of Vote answers\); forecast/,
  );
  await expect(results.region.getByTestId('forecast-gaps')).toHaveText(
    /^Where real answers differ most from the forecast: .+ real \d+\.\d % vs forecast \d+\.\d % \([+−]\d+\.\d pts\)/,
  );
  await expectAxeClean(page);
});

test('Download report: one HTML file that opens from disk with no request, showing the Vote chart and the filter used', async ({
  page,
}, testInfo) => {
  const results = await openResults(page, PAGES);
  const summary = results.region.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Calls10');
  await results.region.getByRole('combobox', { name: 'Call result' }).selectOption('LA');
  await expect(summary).toContainText('Calls7');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    results.region.getByRole('button', { name: 'Download report' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Political-poll-results-\d{4}-\d{2}-\d{2}\.html$/);
  const file = testInfo.outputPath('report.html');
  await download.saveAs(file);
  const html = await readFile(file, 'utf8');
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*https?:/i);

  // Opened from disk in Chromium, offline: every request that is not the file itself is refused and noted.
  const reader = await page.context().newPage();
  const outside: string[] = [];
  await reader.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await reader.goto(`file://${file}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Results: Political poll');
  await expect(reader.getByRole('heading', { name: 'Vote' })).toBeVisible();
  await expect(
    reader.getByRole('img', { name: /^Vote: Yes 6 \(85\.7 %\); No 1 \(14\.3 %\)/ }),
  ).toBeVisible();
  await expect(reader.locator('dl')).toContainText('Final call result: Live answer (LA)');
  await expect(reader.locator('dl')).toContainText('Calls7');
  await expect(reader.getByRole('table').first()).toBeVisible();
  expect(outside).toEqual([]);
  await reader.close();
});

test('a label typed in the Question editor is kept in the file and names the answer on the chart', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.node('menu Live').locator('.dp-header').click();
  const form = page.getByRole('form', { name: 'Question' });
  await form.getByLabel('Label in results for answer 1').fill('Yes, I will vote');
  await form.getByRole('button', { name: 'Save question' }).click();
  // Kept in the dialplan as a comment on the keypress, so it travels with the file.
  await expect.poll(() => studio.savedText()).toContain('<!-- label: Yes, I will vote -->');

  const results = new ResultsPanel(page);
  await results.open();
  await results.openFiles(PAGES);
  const vote = results.region.getByRole('region', { name: 'Vote' });
  await expect(vote.locator('.bar-label')).toHaveText(['Yes, I will vote', 'No']);
  await results.showTables();
  expect((await results.row('Vote', 'Yes, I will vote (Yes)')).slice(0, 2)).toEqual([
    '6',
    '85.7 %',
  ]);
});

// Issue 28: the results and forecast workers go through the one worker client, so a worker that
// cannot start is said, never waited on ("Reading…" and the forecast's bar used to stay up for good).
test('a results worker that cannot start says so instead of reading for good', async ({ page }) => {
  await page.route(/results\.worker[^/]*\.js/, (route) => route.abort());
  const results = await openResults(page, PAGES);
  await expect(results.region.getByRole('alert')).toContainText(
    /Reading the results failed \(results worker failed.*\)\. Load the files again\./,
  );
  await expect(results.region.getByLabel('Reading call results')).toHaveCount(0);
});

test('a forecast worker that cannot start ends the forecast as failed, and it can be run again', async ({
  page,
}) => {
  let blocked = true;
  await page.route(/forecast\.worker[^/]*\.js/, (route) =>
    blocked ? route.abort() : route.continue(),
  );
  const results = await openResults(page, PAGES);
  await results.showOnGraph('Forecast (batch simulation)');
  const status = results.region.getByRole('status').filter({ hasText: /forecast/i });
  await expect(status).toHaveText(/^The forecast failed \(forecast worker failed.*\)\.$/);

  blocked = false;
  await results.region.getByRole('button', { name: 'Run the forecast again' }).click();
  await expect(results.region.getByRole('button', { name: 'Run the forecast again' })).toHaveCount(
    0,
  );
  await expect(status).toHaveCount(0);
});
