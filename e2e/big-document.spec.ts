import { expect, test, type Page } from '@playwright/test';
import { generatePoll } from '../bench/gen-poll.ts';
import { AUTOSAVE_KEY } from '../src/store/persistence/storage-keys.ts';
import { CanvasEditor } from './pages/CanvasEditor.ts';
import { GraphView } from './pages/GraphView.ts';
import { GraphTools } from './pages/GraphTools.ts';
import { openDocuments } from './pages/StudioPage.ts';
import { forgetLongTasks, longestTask, observeLongTasks, settle } from './long-tasks.ts';

test.use({ viewport: { width: 1366, height: 768 } });

/** Opens the poll (restored from the autosave) with long tasks observed from the first script on. */
async function openBigPoll(page: Page) {
  await observeLongTasks(page);
  const c = new CanvasEditor(page);
  await c.openWith(generatePoll(1000));
  await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false', {
    timeout: 60_000,
  });
  return c;
}

test('the 1,000-question poll opens on a readable entry and draws only what is on screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const c = await openBigPoll(page);
  const graph = new GraphView(page);
  const entry = c.node('amd');
  await expect(entry).toContainText('Start of the call');
  await expect(entry).toBeInViewport();
  expect((await graph.smallestCardFontPx()) * (await graph.zoom())).toBeGreaterThanOrEqual(11);
  expect(await graph.cards.count()).toBeLessThan(50);
});

test('a big graph held near the camera: the minimap shows every card, Find reaches a far one', async ({
  page,
}) => {
  // React Flow holds only the cards near the camera (graph/culling.ts); the rest must not be lost.
  test.setTimeout(120_000);
  const c = await openBigPoll(page);
  const minimap = c.graph.locator('.react-flow__minimap svg');
  const cards = await minimap
    .locator('path.react-flow__minimap-node')
    .evaluateAll((paths) =>
      paths.flatMap((p) => (p.getAttribute('d') ?? '').match(/M[^h]+/g) ?? []),
    );
  expect(cards.length).toBeGreaterThan(1000);
  // the minimap frames all of them, down to the lowest card
  const lowest = Math.max(...cards.map((m) => Number(m.slice(1).split(' ')[1])));
  const [, top, , height] = ((await minimap.getAttribute('viewBox')) ?? '').split(' ').map(Number);
  expect(top! + height!).toBeGreaterThan(lowest);

  const tools = new GraphTools(page);
  const box = await tools.openFindWithKeys();
  await box.fill('Q900');
  await box.press('Enter');
  const far = c.graph.getByRole('group', { name: 'menu Q900', exact: true });
  await expect(far).toBeInViewport();
  await expect(c.graph.locator('.react-flow__node.selected')).toContainText('Q900');
});

test("a big document's problems are still found and shown", async ({ page }) => {
  // A big text is validated in a worker (under the built app's CSP); its answer must reach the graph.
  test.setTimeout(120_000);
  const c = new CanvasEditor(page);
  await c.openWith(
    generatePoll(1000).replace('<live><goto>Q0</goto>', '<live><goto>Nowhere</goto>'),
  );
  await expect(c.node('amd')).toContainText('1 error', { timeout: 60_000 });
});

/** The 1,860-question poll: ≈ 1.0 MB. */
const ONE_MB_POLL = generatePoll(1860);
/**
 * Before big documents opened in steps, this file froze the page for 2.5 s at once on an idle machine
 * (parse, graph, every edge label measured, validation: one task). What is left above the 200 ms
 * target is Monaco's (helper "monaco", xml-pane): applying the 1 MB text to its model and its first
 * bracket and decoration pass, 0.4–1.0 s each on the shared 2-core machine under load; the studio's own
 * steps (check, parse, graph slices, commits, validation in a worker) stay at 0.05–0.3 s.
 */
const LONGEST_IMPORT_TASK_MS = 2000;

test('importing a 1 MB file shows its progress and never freezes the page for long', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(ONE_MB_POLL.length).toBeGreaterThan(1_000_000);
  await observeLongTasks(page);
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'XML' }).locator('.view-lines')).toContainText(
    'dialplan',
  );
  await openDocuments(page);
  // The studio's own start-up work is over: a second without a long task.
  await settle(page, 30_000);
  await forgetLongTasks(page);

  await page.getByLabel('Open dialplan file').setInputFiles({
    name: 'big.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from(ONE_MB_POLL),
  });
  // The file is read and checked at once; the graph tells how far the rest of the open is.
  const graph = page.getByRole('region', { name: 'Graph' });
  // (The progress bar is the proof: a separate wait for aria-busy="true" raced an open that finished
  // while it was polled, and failed a clean-clone run.)
  await expect(graph.getByRole('progressbar', { name: 'Opening the document' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Imported big.xml.' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(graph.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false', {
    timeout: 120_000,
  });
  await expect(graph.getByRole('progressbar')).toHaveCount(0);
  await expect(graph.getByRole('group', { name: 'menu Q0', exact: true })).toBeVisible();
  const longest = await longestTask(page);
  test.info().annotations.push({ type: 'longest task', description: `${longest.toFixed(0)} ms` });
  expect(longest).toBeLessThanOrEqual(LONGEST_IMPORT_TASK_MS);
});

test('Tidy on a big graph puts the camera on the entry where the new layout put it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Saved positions put the flow far out (the entry at 40,000; the rest placed next to it): Tidy
  // brings it back near the origin, and the camera must follow the new places, not the old ones.
  await page.goto('/examples/political-poll.xml');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    AUTOSAVE_KEY,
    JSON.stringify({
      text: generatePoll(1000),
      positions: { '/dialplan/amd': { x: 40_000, y: 40_000 } },
    }),
  ] as const);
  await page.goto('/');
  const canvas = page.locator('.graph-canvas');
  await expect(canvas).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const entry = new CanvasEditor(page).node('amd');
  await expect(entry).toBeInViewport();
  await page.getByRole('button', { name: 'Tidy' }).click();
  await expect(page.getByRole('button', { name: 'Tidy' })).toBeEnabled({ timeout: 60_000 });
  await expect(canvas).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('Start of the call');
});
