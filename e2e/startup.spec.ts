import { expect, test } from '@playwright/test';

/** The graph canvas is a chunk of its own (src/app/GraphChunk.tsx); these hold or break its download. */
const GRAPH_CHUNK = /\/assets\/GraphView-[^/]+\.js$/;

test('while the graph chunk downloads the Graph region says so, then the graph takes its place', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(GRAPH_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const graph = page.getByRole('region', { name: 'Graph' });
  const loading = graph.getByText('Loading the graph…');
  await expect(loading).toBeVisible();
  await expect(loading).toHaveAttribute('aria-busy', 'true');
  // the rest of the studio is there meanwhile
  await expect(
    page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Design' }),
  ).toBeVisible();
  release();
  await expect(graph.locator('.react-flow__node').first()).toBeVisible();
  await expect(loading).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'XML' }).locator('.view-lines')).toContainText(
    'dialplan',
  );
});

test('a graph chunk that fails to download leaves the XML pane working', async ({ page }) => {
  await page.route(GRAPH_CHUNK, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Graph' }).getByRole('alert')).toContainText(
    'The Graph view failed',
  );
  await expect(page.getByRole('region', { name: 'XML' }).locator('.view-lines')).toContainText(
    'dialplan',
  );
});
