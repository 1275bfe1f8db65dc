/**
 * Issue 25 items 1, 2, 4, 5 (tablet) and 6: the workspace of modes. Widths are measured with
 * getBoundingClientRect, horizontal scroll with scrollWidth, and axe runs in every mode.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { GraphView } from './pages/GraphView.ts';
import { ResultsPanel } from './pages/ResultsPanel.ts';
import { openDocuments, StudioPage } from './pages/StudioPage.ts';

const MODES = ['Design', 'Test', 'Send', 'Results', 'Versions'] as const;
const READABLE_PX = 11;

async function width(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => el.getBoundingClientRect().width);
}

/** The page scrolls sideways when the document is wider than the window. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Tidy, then Fit view: all `cards` cards inside the graph pane, their text at least 11 px on screen. */
async function tidyAndFitReadsWhole(page: Page, cards: number) {
  const graph = new GraphView(page);
  await page.getByRole('button', { name: 'Tidy' }).click();
  await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(graph.cards).toHaveCount(cards);
  await expect
    .poll(async () => (await graph.smallestCardFontPx()) * (await graph.zoom()))
    .toBeGreaterThanOrEqual(READABLE_PX);
  const pane = await graph.paneBox();
  for (const card of await graph.cards.all()) {
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(pane.y - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height + 1);
  }
}

/** A page of 2,000 calls answering Vote and Candidate, one in nine a carrier error. */
function twoThousandCalls() {
  const answers = ['Donkeys', 'Elephants', 'Greenies', 'Undecided', 'Decline to state'];
  const items = Array.from({ length: 2000 }, (_, i) => ({
    id: i + 1,
    finalCallResult: i % 9 === 0 ? 'CARRIER_ERROR' : 'LA',
    records: [
      {
        id: 1,
        finishTime: i + 1,
        questionResponses: [
          { question: 'Vote', response: i % 3 === 0 ? 'No' : 'Yes' },
          { question: 'Candidate', response: answers[i % answers.length] },
        ],
      },
    ],
  }));
  return {
    name: 'calls.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ items })),
  };
}

/** The studio in Results mode with the pages of 2,000 calls open, its question charts drawn. */
async function openTwoThousandCalls(page: Page) {
  await new StudioPage(page).open();
  const results = new ResultsPanel(page);
  await results.open();
  await results.region.getByLabel('Open call results').setInputFiles(twoThousandCalls());
  const charts = results.region.locator('.results-card .bar-chart');
  await expect(charts.first()).toBeVisible();
  return { results, charts };
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('every mode opens its panel, nothing scrolls sideways, and axe finds nothing serious', async ({
      page,
    }) => {
      test.setTimeout(240_000); // five axe runs
      const studio = new StudioPage(page);
      await studio.open();
      for (const mode of MODES) {
        await studio.modeButton(mode).click();
        await expect(studio.modeButton(mode)).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('.studio')).toHaveAttribute('data-mode', mode);
        await expect(studio.graph).toBeVisible();
        await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page), mode).toEqual([]);
      }
      await studio.modeButton('Test').click();
      await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
      await studio.modeButton('Results').click();
      await expect(page.getByLabel('Open call results')).toBeAttached();
    });

    test('the XML is one keystroke away in every mode (Alt+X), each mode remembering its choice', async ({
      page,
    }) => {
      const studio = new StudioPage(page);
      await studio.open();
      const toggle = page.getByRole('button', { name: 'XML', exact: true });
      // shown by default only in Design on a screen at least 1280 px wide
      await expect(studio.xml).toBeVisible({ visible: viewport.width >= 1280 });
      for (const mode of MODES.filter((m) => m !== 'Design')) {
        await studio.modeButton(mode).click();
        await expect(studio.xml).toBeHidden();
        await expect(toggle).toHaveAttribute('aria-pressed', 'false');
        await page.keyboard.press('Alt+X');
        await expect(studio.xml).toBeVisible();
        await expect(toggle).toHaveAttribute('aria-pressed', 'true');
        await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
        await toggle.click();
        await expect(studio.xml).toBeHidden();
      }
    });
  });
}

test.describe('at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('Design with the XML hidden gives the graph at least 75 % of the width; Tidy + fit reads at 11 px', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await page.getByRole('button', { name: 'XML', exact: true }).click();
    await expect(studio.xml).toBeHidden();
    await expect
      .poll(() => width(page, 'section[aria-label="Graph"]'))
      .toBeGreaterThanOrEqual(0.75 * 1366);
    await tidyAndFitReadsWhole(page, 7);
    // the choice is Design's own, kept across a reload
    await page.reload();
    await expect(studio.graph).toBeVisible();
    await expect(studio.xml).toBeHidden();
  });

  test('a 3-question poll built with New reads whole after Tidy + fit, its text at 11 px', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await page.getByRole('button', { name: 'XML', exact: true }).click();
    await expect(studio.xml).toBeHidden();
    // New (the command; the documents menu's New starts a blank document) › Empty poll
    await page.keyboard.press('Control+Alt+N');
    await page
      .getByRole('dialog', { name: 'New dialplan' })
      .getByRole('button', { name: 'Empty poll' })
      .click();
    const graph = new GraphView(page);
    await expect(page.getByRole('form', { name: 'Question' })).toBeVisible();
    const emptyPollCards = await graph.cards.count();
    // two more questions from the command palette, each going in after the selected (the newest) one
    for (const count of [2, 3]) {
      await page.keyboard.press('Control+Shift+P');
      const commands = page.getByRole('dialog', { name: 'Command palette' });
      await commands.getByRole('combobox').fill('poll');
      await expect(
        commands.getByRole('option', { name: /Add Poll question after the selection/ }).first(),
      ).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(graph.cards).toHaveCount(emptyPollCards + count - 1);
    }
    // three questions on the graph
    await expect(studio.graph.getByRole('group', { name: /^menu Question/ })).toHaveCount(3);
    await tidyAndFitReadsWhole(page, emptyPollCards + 2);
  });

  test('Results of 2,000 calls take the main area: 60 % of the width, charts 480 px wide, no label clipped', async ({
    page,
  }) => {
    const { results, charts } = await openTwoThousandCalls(page);
    expect(
      await results.region.evaluate((el) => el.getBoundingClientRect().width),
    ).toBeGreaterThanOrEqual(0.6 * 1366);
    for (const chart of await charts.all()) {
      const box = await chart.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.width).toBeGreaterThanOrEqual(480);
    }
    await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });

  test('the documents menu in the header holds New, Open, Duplicate, Rename, Delete, examples and share', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const documents = await openDocuments(page);
    for (const name of [
      'New dialplan…',
      'Duplicate this dialplan',
      'Rename this dialplan',
      'Delete this dialplan…',
      'Open a file…',
      'Paste XML…',
      'Copy share link',
    ])
      await expect(documents.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(documents.getByRole('heading', { name: 'Examples' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(documents).toBeHidden();
    await expect(page.getByRole('button', { name: 'Documents', exact: true })).toBeFocused();
  });
});

/** The texts of each chart (answer labels, value labels) that reach outside the chart's own box. */
async function clippedChartTexts(page: Page) {
  return page.locator('.results-card .bar-chart').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const s = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return (
            r.left < s.left - 0.5 ||
            r.right > s.right + 0.5 ||
            r.top < s.top - 0.5 ||
            r.bottom > s.bottom + 0.5
          );
        })
        .map(
          (t) =>
            `${t.textContent} (${Math.round(t.getBoundingClientRect().right - s.right)} px past the right edge)`,
        );
    }),
  );
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
]) {
  test(`Results of 2,000 calls at ${viewport.width}×${viewport.height}: no chart label clipped`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const { results, charts } = await openTwoThousandCalls(page);
    // the 100 % bars ("1,777 (100.0 %)") and the capitals ("CARRIER_ERROR") are the widest labels
    await expect(
      results.region.locator('.bar-value', { hasText: '(100.0 %)' }).first(),
    ).toBeAttached();
    expect(await charts.count()).toBeGreaterThanOrEqual(3);
    expect(await clippedChartTexts(page)).toEqual([]);
    if (viewport.width === 1366)
      for (const chart of await charts.all())
        expect(
          await chart.evaluate((el) => el.getBoundingClientRect().width),
        ).toBeGreaterThanOrEqual(480);
  });
}

test.describe('at 768×1024 (tablet)', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('Design and Test give the graph at least 60 % of the width, the panel a sheet under it', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    for (const mode of ['Design', 'Test'] as const) {
      await studio.modeButton(mode).click();
      expect(await width(page, 'section[aria-label="Graph"]')).toBeGreaterThanOrEqual(0.6 * 768);
      const panel = await page
        .locator('.side-region')
        .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const graph = await studio.graph.evaluate(
        (el) => el.getBoundingClientRect().toJSON() as DOMRect,
      );
      expect(panel.top).toBeGreaterThanOrEqual(graph.bottom - 1);
      expect(graph.height).toBeGreaterThanOrEqual(300);
    }
    await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
  });
  test('the sheet folds away so the graph takes the height, per mode; Design says what to do first', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const sidePanel = page.getByRole('complementary', { name: 'Side panel' });
    const graphHeight = () => studio.graph.evaluate((el) => el.getBoundingClientRect().height);
    const show = page.getByRole('button', { name: 'Show panel' });
    const hide = page.getByRole('button', { name: 'Hide panel' });
    const hint = page.getByText('Select a card to edit it, or add one from the palette.');

    // Design with nothing selected: no empty sheet, a hint and the graph nearly the whole height
    await studio.modeButton('Design').click();
    await expect(hint).toBeVisible();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(sidePanel).toBeHidden();
    const folded = await graphHeight();
    expect(await width(page, 'section[aria-label="Graph"]')).toBeGreaterThanOrEqual(0.6 * 768);
    expect(await seriousViolations(page)).toEqual([]);
    await show.click();
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
    await expect(sidePanel).toBeVisible();
    await expect.poll(graphHeight).toBeLessThan(folded - 200);

    // Test: its sheet is open until folded, and folding it gives the graph the height
    await studio.modeButton('Test').click();
    await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
    const open = await graphHeight();
    await hide.click();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('region', { name: 'Simulator' })).toBeHidden();
    await expect.poll(graphHeight).toBeGreaterThan(open + 200);
    expect(await seriousViolations(page)).toEqual([]);

    // each mode keeps its own choice, across a reload too
    await studio.modeButton('Design').click();
    await expect(sidePanel).toBeVisible();
    await page.reload();
    await expect(studio.graph).toBeVisible();
    await studio.modeButton('Test').click();
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await studio.modeButton('Design').click();
    await expect(hide).toHaveAttribute('aria-expanded', 'true');
  });

  test('selecting a card in Design opens its sheet with the Inspector', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.modeButton('Design').click();
    await expect(page.getByRole('button', { name: 'Show panel' })).toBeVisible();
    await new GraphView(page).cards.first().locator('.dp-header .dp-name').click();
    await expect(page.getByRole('button', { name: 'Hide panel' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
    await expect(
      page.getByText('Select a card to edit it, or add one from the palette.'),
    ).toBeHidden();
  });
});

test.describe('the first-step guide', () => {
  // a first visit: nothing stored, not even the guide's dismissal the other specs start with
  test.use({ storageState: { cookies: [], origins: [] }, viewport: { width: 1366, height: 768 } });

  test('shows once on a first visit, points at the real controls, never returns once closed, ? reopens it', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open({ guide: true });
    const guide = page.getByRole('dialog', { name: 'Your call flow' });
    await expect(guide).toBeVisible();
    // not modal: the studio works around it
    await expect(guide).not.toHaveAttribute('aria-modal', 'true');
    await studio.modeButton('Test').click();
    await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
    await studio.modeButton('Design').click();

    await guide.getByRole('button', { name: 'Next' }).click();
    const question = page.getByRole('dialog', { name: 'Edit a question' });
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: 'Next' }).click();
    const test = page.getByRole('dialog', { name: 'Test it' });
    await expect(test).toBeVisible();
    // the card sits under the Test button it points at
    const button = (await studio.modeButton('Test').boundingBox())!;
    const card = (await test.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(button.y + button.height);
    expect(card.x).toBeLessThanOrEqual(button.x + button.width);
    expect(card.x + card.width).toBeGreaterThanOrEqual(button.x);
    await test.getByRole('button', { name: 'Next' }).click();
    const send = page.getByRole('dialog', { name: 'Send it' });
    await send.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('.guide-card')).toHaveCount(0);

    await page.reload();
    await expect(studio.graph).toBeVisible();
    await expect(studio.editorLines()).toContainText('dialplan');
    await expect(page.locator('.guide-card')).toHaveCount(0);

    await studio.graph.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    await page.getByRole('button', { name: 'Show the guide' }).click();
    await expect(page.getByRole('dialog', { name: 'Your call flow' })).toBeVisible();
    await page.getByRole('button', { name: 'Close guide' }).click();
    await expect(page.locator('.guide-card')).toHaveCount(0);
  });

  test('axe finds nothing serious with the guide open', async ({ page }) => {
    await new StudioPage(page).open({ guide: true });
    await expect(page.getByRole('dialog', { name: 'Your call flow' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
