/**
 * Issue 30, item 1 and 12: a 20,000-element cycle opened from a share link can be called and forecast
 * without the page freezing; the call ends with the loop message, the forecast shows progress and can be
 * cancelled. Oversized inputs are refused with their size (a share link, a file).
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/core/index.ts';
import { openExportTab } from './export-helpers.ts';
import { forgetLongTasks, observeLongTasks, settle } from './long-tasks.ts';
import { ResultsPanel } from './pages/ResultsPanel.ts';
import { StudioPage } from './pages/StudioPage.ts';

/**
 * `count` setvars, then a goto back to the first. `counting`: each adds 1 to a counter, so no two turns
 * are alike and the call runs the whole 10,000-element guard and a 20,000-element search (about a
 * second of work: long enough to click while it runs); else they say nothing (the issue's case).
 */
function cycle(count: number, counting = false): string {
  const body = counting ? '>${n} + 1</setvar>' : '/>';
  const setvars = Array.from(
    { length: count },
    (_, i) =>
      `  <setvar name="${i === 0 ? 'top' : `s${i}`}" varname="${counting ? 'n' : 'v'}"${body}`,
  );
  return `<dialplan name="Cycle">\n${setvars.join('\n')}\n  <goto name="back">top</goto>\n</dialplan>\n`;
}

async function openShared(page: Page, text: string) {
  const studio = new StudioPage(page);
  await studio.open();
  await page.goto(`/#${encodeShareFragment(text)}`);
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Open the shared dialplan?' });
  await dialog.getByRole('button', { name: 'Replace with shared dialplan' }).click();
  await expect(studio.node('setvar top')).toBeVisible({ timeout: 60_000 });
  return studio;
}

test.describe.configure({ timeout: 120_000 });

test('calling a 20,000-element cycle keeps the page answering and ends with the loop message', async ({
  page,
}) => {
  await observeLongTasks(page);
  await openShared(page, cycle(20_000, true));
  await settle(page, 60_000); // the open's own work is over
  await forgetLongTasks(page);
  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Test' }).click();
  const simulator = page.getByRole('region', { name: 'Simulator' });
  await simulator.getByRole('button', { name: /^Call( again)?$/ }).click();
  // The call is running (not over before the clicks below).
  await expect(simulator.getByText(/^Running the dialplan… \([\d,]+ elements\)$/)).toBeVisible();
  const mute = simulator.getByRole('checkbox', { name: 'Mute' });
  // While the call runs, a click on another control is answered within a second. (Once it ends, the
  // graph selects the end element: on this 20,000-node graph that is a long task of the graph's own.)
  // The click goes to the page as a person's would (no actionability round trips of Playwright's own,
  // which on a loaded machine cost more than the page does): from the press to the box being checked,
  // the page has one second.
  const box = (await mute.boundingBox())!;
  const pressed = Date.now();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(mute).toBeChecked({ timeout: Math.max(100, 1000 - (Date.now() - pressed)) });
  const transcript = simulator.getByRole('log', { name: 'Call transcript' });
  await expect(transcript.getByRole('listitem').last()).toHaveText(
    /10000 elements ran without waiting for the caller; cycle: top → s1 → s2 → .* … \(20,001 elements\)\)$/,
    { timeout: 60_000 },
  );
});

test('a forecast over a 20,000-element cycle shows progress and can be cancelled', async ({
  page,
}) => {
  await openShared(page, cycle(20_000));
  const results = new ResultsPanel(page);
  await results.open();
  await results.showOnGraph('Forecast (batch simulation)');
  const status = results.region.getByRole('status').filter({ hasText: /^Forecast/ });
  await expect(status).toHaveText(/^Forecast: simulated [\d,]+ of 2,000 calls…$/);
  await expect
    .poll(async () =>
      Number((await status.textContent())?.match(/simulated ([\d,]+)/)?.[1]?.replace(/,/g, '')),
    )
    .toBeGreaterThan(0);
  await results.region.getByRole('button', { name: 'Cancel forecast' }).click({ timeout: 1000 });
  await expect(status).toHaveText(/^Forecast cancelled after [\d,]+ of 2,000 calls\.$/, {
    timeout: 1000,
  });
  await expect(
    results.region.getByRole('button', { name: 'Run the forecast again' }),
  ).toBeVisible();
});

test('a share link that says it holds 50 million characters opens nothing and says why', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  const [head, , checksum, data] = encodeShareFragment('<dialplan/>').split('.');
  await page.goto(`/#${[head, (50_000_000).toString(36), checksum, data].join('.')}`);
  await page.reload();
  await expect(
    page.getByRole('alert').filter({
      hasText:
        'This share link holds a document of 50,000,000 characters; a link may open at most 5,242,880 characters.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Open the shared dialplan?' })).toHaveCount(0);
});

test('a file over 5 MB is refused by its size, not as "not a dialplan"', async ({ page }) => {
  await openExportTab(page);
  await page.getByLabel('Open dialplan file').setInputFiles({
    name: 'huge.xml',
    mimeType: 'text/xml',
    buffer: Buffer.alloc(6 * 1024 * 1024, 'a'),
  });
  await expect(
    page.getByRole('alert').filter({
      hasText: 'huge.xml is 6.0 MB, over the 5.0 MB limit for a file the studio opens.',
    }),
  ).toContainText('Nothing was replaced.');
});
