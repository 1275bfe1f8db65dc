/**
 * The studio on a phone (issue 25 item 5): 390×844 with touch. No horizontal scroll in any mode, the
 * political poll walked with taps on a thumb-sized keypad, the graph opened read-only from the phone, a
 * share link landing in Test, axe clean in every mode.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeShareFragment } from '../src/core/index.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const MODES = ['Design', 'Test', 'Send', 'Results', 'Versions'] as const;

/** A fresh profile on the phone, optionally opened on an address fragment (a share link). */
async function openPhone(page: Page, hash = '') {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.clear();
    indexedDB.deleteDatabase('dialplan-studio');
  });
  await page.goto(`/${hash}`);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Modes' })).toBeVisible();
}

const tab = (page: Page, mode: string) =>
  page.getByRole('navigation', { name: 'Modes' }).getByRole('button', { name: mode, exact: true });

async function size(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: r.width, height: r.height };
  });
}

async function expectNoHorizontalScroll(page: Page) {
  const widths = await page.evaluate(() => {
    const view = document.querySelector('.phone-view:not([hidden])');
    return {
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      view: view?.scrollWidth ?? 0,
      viewBox: view?.clientWidth ?? 0,
    };
  });
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  // nothing in the open view is wider than it (the view clips sideways: this is the real check)
  expect(widths.view).toBeLessThanOrEqual(widths.viewBox);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const keypad = (page: Page) =>
  page.getByRole('region', { name: 'Simulator' }).getByRole('group', { name: 'Keypad' });

test('every mode fits the width, its tab is a 44-px target, and axe finds nothing serious', async ({
  page,
}) => {
  await openPhone(page);
  for (const mode of MODES) {
    const button = tab(page, mode);
    await button.tap();
    await expect(button).toHaveAttribute('aria-current', 'page');
    const view = page.locator('.phone-view:not([hidden])');
    await expect(view).toBeVisible();
    await expect(view.getByText('Loading…')).toHaveCount(0);
    if (mode === 'Design') await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const { width, height } = await size(button);
    expect(width).toBeGreaterThanOrEqual(44);
    expect(height).toBeGreaterThanOrEqual(44);
    await expectNoHorizontalScroll(page);
    expect(await seriousViolations(page), mode).toEqual([]);
  }
});

test('the political poll walked with taps on the keypad, to the end of the call', async ({
  page,
}) => {
  await openPhone(page);
  await tab(page, 'Test').tap();
  const sim = page.getByRole('region', { name: 'Simulator' });
  await sim.getByText('Call settings').tap();
  await sim.getByRole('radio', { name: 'Instant' }).check();
  await sim.getByRole('radio', { name: 'Person' }).check();
  await sim.getByRole('button', { name: 'Call', exact: true }).tap();
  const caption = sim.getByLabel('Caption');
  await expect(caption).toContainText('short political poll');
  // the keys and Hang up are targets a thumb can hit
  for (const key of ['1', '5', '#']) {
    const { width, height } = await size(keypad(page).getByRole('button', { name: key }));
    expect(width).toBeGreaterThanOrEqual(44);
    expect(height).toBeGreaterThanOrEqual(44);
  }
  expect((await size(sim.getByRole('button', { name: 'Hang up' }))).height).toBeGreaterThanOrEqual(
    44,
  );
  await expectNoHorizontalScroll(page);
  expect(await seriousViolations(page)).toEqual([]);
  await keypad(page).getByRole('button', { name: '1', exact: true }).tap();
  await expect(caption).toContainText('Who will you vote for');
  await keypad(page).getByRole('button', { name: '3', exact: true }).tap();
  await expect(sim.getByRole('status').filter({ hasText: 'Call ended' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(sim.getByRole('button', { name: 'Call again' })).toBeVisible();
  await sim.getByText(/^Transcript/).tap();
  const transcript = sim.getByRole('log', { name: 'Call transcript' });
  await expect(transcript).toContainText('Who will you vote for');
  await expect(transcript).toContainText('Thank you for taking our poll');
  await expect(transcript).toContainText('Call ended');
  await expectNoHorizontalScroll(page);
});

test('the graph opens read-only from the phone, follows the call, pans, and closes', async ({
  page,
}) => {
  await openPhone(page);
  await tab(page, 'Test').tap();
  const sim = page.getByRole('region', { name: 'Simulator' });
  await sim.getByText('Call settings').tap();
  await sim.getByRole('radio', { name: 'Instant' }).check();
  await sim.getByRole('button', { name: 'Call', exact: true }).tap();
  await expect(sim.getByLabel('Caption')).toContainText('short political poll');
  await sim.getByRole('button', { name: 'Show graph' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Graph (read-only)' });
  const graph = dialog.getByRole('region', { name: 'Graph' });
  const live = graph.getByRole('group', { name: 'menu Live', exact: true });
  await expect(live).toHaveClass(/dp-active/);
  // read-only: nothing can be dragged, connected or selected; no editing tools
  await expect(graph.locator('.react-flow__node').first()).toBeVisible();
  await expect(graph.locator('.react-flow__node.draggable')).toHaveCount(0);
  await expect(graph.locator('.react-flow__node.selectable')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Tidy' })).toHaveCount(0);
  // a drag from a card's handle onto another card connects nothing
  const edges = await graph.locator('.react-flow__edge').count();
  const handle = live
    .locator('xpath=ancestor::div[contains(@class,"react-flow__node")]')
    .locator('.react-flow__handle')
    .last();
  const from = await handle.boundingBox();
  const to = await graph.locator('.react-flow__node').first().boundingBox();
  if (!from || !to) throw new Error('no handle or card to drag between');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 20, to.y + 20, { steps: 6 });
  await page.mouse.up();
  await expect(graph.locator('.react-flow__edge')).toHaveCount(edges);
  await expect(live).toHaveClass(/dp-active/);
  // a drag on the canvas pans it
  const viewport = graph.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  const box = await graph.boundingBox();
  if (!box) throw new Error('no graph box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height - 140, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
  await expectNoHorizontalScroll(page);
  await dialog.getByRole('button', { name: 'Close' }).tap();
  await expect(dialog).toHaveCount(0);
  // back on the phone, the call still listening
  await expect(keypad(page).getByRole('button', { name: '1', exact: true })).toBeEnabled();
});

test('a share link opened on a phone lands in Test, ready to Call', async ({ page }) => {
  const shared =
    '<dialplan name="Shared">\n  <play type="tts" name="Greeting">Hello from a shared link.</play>\n  <hangup name="Bye"/>\n</dialplan>\n';
  await openPhone(page, `#${encodeShareFragment(shared)}`);
  await page
    .getByRole('dialog', { name: 'Open the shared dialplan?' })
    .getByRole('button', { name: 'Replace with shared dialplan' })
    .tap();
  await expect(tab(page, 'Test')).toHaveAttribute('aria-current', 'page');
  const sim = page.getByRole('region', { name: 'Simulator' });
  await sim.getByText('Call settings').tap();
  await sim.getByRole('radio', { name: 'Instant' }).check();
  await sim.getByRole('button', { name: 'Call', exact: true }).tap();
  await expect(sim.getByRole('status').filter({ hasText: 'Call ended' })).toBeVisible();
  await expect(sim.getByLabel('Caption').or(sim.locator('.phone-idle-caption'))).toContainText(
    'Hello from a shared link',
  );
});

test('turning the phone to a wide screen and back keeps the running call', async ({ page }) => {
  await openPhone(page);
  await tab(page, 'Test').tap();
  const sim = page.getByRole('region', { name: 'Simulator' });
  await sim.getByText('Call settings').tap();
  await sim.getByRole('radio', { name: 'Instant' }).check();
  await sim.getByRole('button', { name: 'Call', exact: true }).tap();
  await expect(sim.getByLabel('Caption')).toContainText('short political poll');
  await page.setViewportSize({ width: 1024, height: 700 });
  await expect(page.getByRole('navigation', { name: 'Modes' })).toHaveCount(0);
  await expect(sim.getByLabel('Digits collected')).toBeVisible();
  await sim.getByRole('group', { name: 'Keypad' }).getByRole('button', { name: '1' }).click();
  await expect(sim.getByLabel('Caption')).toContainText('Who will you vote for');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('navigation', { name: 'Modes' })).toBeVisible();
  await expect(tab(page, 'Test')).toHaveAttribute('aria-current', 'page');
  await expect(sim.getByLabel('Caption')).toContainText('Who will you vote for');
  await keypad(page).getByRole('button', { name: '2', exact: true }).tap();
  await expect(sim.getByRole('status').filter({ hasText: 'Call ended' })).toBeVisible({
    timeout: 30_000,
  });
});

test('results of real calls fit the phone: charts and tables stay inside the width', async ({
  page,
}) => {
  await openPhone(page);
  await tab(page, 'Results').tap();
  const results = page.getByRole('region', { name: 'Results', exact: true });
  await results
    .getByLabel('Open call results')
    .setInputFiles(
      ['poll-page-1.json', 'poll-page-2.json', 'poll-page-3-old-api.json'].map(
        (f) => `fixtures/results/${f}`,
      ),
    );
  await expect(results.getByRole('region', { name: 'Cross-tab' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await results.getByRole('button', { name: 'Show as tables' }).tap();
  await expect(results.getByRole('table').first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(await seriousViolations(page)).toEqual([]);
});

/** The graph's zoom, read from React Flow's viewport transform (`… scale(s)`). */
async function zoomOf(viewport: Locator): Promise<number> {
  const style = (await viewport.getAttribute('style')) ?? '';
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
}

/** Two fingers on the screen, `from` px apart, moved to `to` px apart around (x, y) (CDP touch events). */
async function pinch(page: Page, x: number, y: number, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  const fingers = (gap: number) => [
    { x: x - gap / 2, y, id: 0 },
    { x: x + gap / 2, y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(from) });
  for (let step = 1; step <= 8; step++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: fingers(from + ((to - from) * step) / 8),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

test('two fingers zoom the graph in and out, as the graph says they do', async ({ page }) => {
  await openPhone(page);
  const graph = page.getByRole('region', { name: 'Graph' });
  await expect(graph.locator('.react-flow__node').first()).toBeVisible();
  // the first layout and its readable view are done: they move the camera themselves
  await expect(graph.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
  const viewport = graph.locator('.react-flow__viewport');
  let settled = NaN;
  await expect(async () => {
    const [previous, zoom] = [settled, await zoomOf(viewport)];
    settled = zoom;
    expect(zoom).toBe(previous);
  }).toPass({ intervals: [250] });
  const box = await graph.boundingBox();
  if (!box) throw new Error('no graph box');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const start = await zoomOf(viewport);
  expect(start).toBeGreaterThan(0);
  await pinch(page, x, y, 60, 220); // fingers apart: closer in
  await expect.poll(() => zoomOf(viewport)).toBeGreaterThan(start * 1.3);
  const zoomedIn = await zoomOf(viewport);
  await pinch(page, x, y, 220, 60); // fingers together: further out
  await expect.poll(() => zoomOf(viewport)).toBeLessThan(zoomedIn / 1.3);
  await expectNoHorizontalScroll(page);
});
