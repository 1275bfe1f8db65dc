import { expect, test, type Locator } from '@playwright/test';
import { elementName, indexElements, parseDialplan, READABLE_ZOOM } from '../src/core/index.ts';
import { CanvasEditor } from './pages/CanvasEditor.ts';
import { GraphTools } from './pages/GraphTools.ts';
import { StudioPage } from './pages/StudioPage.ts';

// wide enough for the palette to start open
test.use({ viewport: { width: 1600, height: 900 }, actionTimeout: 10_000 });

const SMALL = `<dialplan name="Root">
    <play name="Hello">Hi.</play>
    <menu name="Q">
        <play>Press 1.</play>
        <keypress pressed="1">
            <goto>Bye</goto>
        </keypress>
    </menu>
    <play name="Bye">Bye.
    See you.</play>
    <hangup/>
</dialplan>`;

/** An element's child elements in the saved text, as `tag name` (`play Hello`, `hangup`). */
async function childTags(canvas: CanvasEditor, id: string): Promise<string[]> {
  const doc = parseDialplan((await canvas.savedText()) ?? '').document;
  const children = indexElements(doc).byId.get(id)?.children ?? [];
  return children.flatMap((c) =>
    c.type === 'element' ? [[c.tagName, elementName(c)].filter(Boolean).join(' ')] : [],
  );
}

/** Where the text drawn on an editor line ends on screen (its last token's right edge). */
function textRightEdge(line: Locator): Promise<number> {
  return line.evaluate((el) =>
    Math.max(...[...el.querySelectorAll('span')].map((s) => s.getBoundingClientRect().right)),
  );
}

async function openSmall(page: import('@playwright/test').Page) {
  const canvas = new CanvasEditor(page);
  await canvas.openWith(SMALL);
  await expect(page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
  return { canvas, tools: new GraphTools(page) };
}

test.describe('drop where you mean', () => {
  test('on a node: the hint says "after" it before release, and the element lands there', async ({
    page,
  }) => {
    const { canvas, tools } = await openSmall(page);
    await tools.hold('<play>', canvas.node('play Hello').locator('.dp-header'));
    await expect(tools.hint).toHaveText('Goes after Hello');
    await expect(page.getByRole('status').filter({ hasText: 'Goes after Hello' })).toHaveCount(1);
    await tools.release();
    await expect(tools.hint).toHaveCount(0);
    await expect
      .poll(() => childTags(canvas, '/dialplan'))
      .toEqual(['play Hello', 'play', 'menu Q', 'play Bye', 'hangup']);
  });

  test('on a branch: inside it, before the goto that ends it', async ({ page }) => {
    const { canvas, tools } = await openSmall(page);
    await tools.hold('<play>', canvas.output('menu Q', '1'));
    await expect(tools.hint).toHaveText('Goes inside branch 1 of Q');
    await tools.release();
    await expect.poll(() => childTags(canvas, '/dialplan/menu/keypress')).toEqual(['play', 'goto']);
  });

  test('above everything: at the start of the call, never after the final hangup', async ({
    page,
  }) => {
    const { canvas, tools } = await openSmall(page);
    const pane = canvas.pane();
    const box = (await pane.boundingBox())!;
    await tools.hold('<play>', pane, { x: box.width / 2, y: 4 });
    await expect(tools.hint).toHaveText('Goes at the start of the call');
    await tools.release();
    await expect.poll(async () => (await childTags(canvas, '/dialplan'))[0]).toBe('play');
  });

  test('after the hangup: said to be unreachable before and after the drop', async ({ page }) => {
    const { canvas, tools } = await openSmall(page);
    await tools.hold('<play>', canvas.node('hangup').locator('.dp-header'));
    await expect(tools.hint).toHaveText(/^Goes after <hangup> — unreachable/);
    await expect(tools.hint).toHaveClass(/drop-hint-warning/);
    await tools.release();
    await expect(tools.graph.getByRole('alert')).toContainText(
      '<play> added after <hangup> — unreachable',
    );
    await expect.poll(async () => (await childTags(canvas, '/dialplan')).at(-1)).toBe('play');
  });
});

test.describe('drop on the XML pane', () => {
  test('inserts the item as indented, well-formed XML at the drop line, never its id', async ({
    page,
  }) => {
    const { canvas, tools } = await openSmall(page);
    await tools.hold('Say goodbye and hang up', tools.editorLine('<play name="Bye">'));
    await tools.release();
    await expect(tools.xml.getByRole('status').filter({ hasNotText: 'Ctrl+M' })).toContainText(
      'Added Say goodbye and hang up before Bye.',
    );
    await expect
      .poll(() => childTags(canvas, '/dialplan'))
      .toEqual(['play Hello', 'menu Q', 'play', 'hangup', 'play Bye', 'hangup']);
    const saved = (await canvas.savedText())!;
    expect(saved).not.toContain('block:');
    expect(parseDialplan(saved).diagnostics.filter((d) => d.ruleId.startsWith('xml-'))).toEqual([]);
    // indented like the element it went before
    expect(saved).toMatch(
      /\n {4}<\/menu>\n {4}<play[^\n]*>[^\n]*<\/play>\n {4}<hangup\/>\n {4}<play name="Bye">/,
    );
  });

  test('is refused with a message on a line inside a prompt, and the text is unchanged', async ({
    page,
  }) => {
    const { canvas, tools } = await openSmall(page);
    await tools.hold('<play>', tools.editorLine('See you.'));
    await tools.release();
    await expect(tools.xml.getByRole('status').filter({ hasNotText: 'Ctrl+M' })).toContainText(
      'this line is inside Bye',
    );
    expect(await canvas.savedText()).toBe(SMALL);
  });
});

test.describe('find', () => {
  test('Ctrl+K finds by name; Enter selects it, reveals the XML and centres the graph', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    const tools = new GraphTools(page);
    await studio.open();
    const box = await tools.openFindWithKeys();
    await expect(box).toBeFocused();
    await box.fill('question_01');
    const options = tools.findDialog.getByRole('option');
    await expect(options.first()).toContainText('Question_01');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowUp');
    await box.press('Enter');
    await expect(tools.findDialog).toHaveCount(0);
    await expect.poll(() => tools.selectedNodeName()).toBe('menu Question_01');
    await expect(tools.editorLine('name="Question_01"')).toBeVisible();
    // the graph is centred on it
    await expect(async () => {
      const pane = (await studio.graph.boundingBox())!;
      const node = (await studio.selectedNode().boundingBox())!;
      const centreX = node.x + node.width / 2;
      expect(Math.abs(centreX - (pane.x + pane.width / 2))).toBeLessThan(pane.width / 4);
      expect(node.y).toBeGreaterThanOrEqual(pane.y - 1);
      expect(node.y).toBeLessThan(pane.y + pane.height);
    }).toPass();
  });

  test('the Find button is reachable by keyboard and finds prompt words', async ({ page }) => {
    const studio = new StudioPage(page);
    const tools = new GraphTools(page);
    await studio.open();
    await tools.findButton().focus();
    await page.keyboard.press('Enter');
    const box = tools.findDialog.getByRole('combobox');
    await expect(box).toBeFocused();
    await box.fill('short political poll');
    await expect(tools.findDialog.getByRole('option')).toHaveCount(1);
    await box.press('Enter');
    await expect.poll(() => tools.selectedNodeName()).toBe('menu Live');
    await expect(tools.findButton()).toBeFocused(); // focus goes back where it was

    await tools.findButton().click();
    await page.keyboard.press('Escape');
    await expect(tools.findDialog).toHaveCount(0);
  });
});

test.describe('the XML cursor selects in the graph', () => {
  test('Ctrl+F and Go to line move the graph selection', async ({ page }) => {
    const studio = new StudioPage(page);
    const tools = new GraphTools(page);
    await studio.open();
    await tools.editorLine('<dialplan').click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type('Goodbye_Hangup');
    await page.keyboard.press('Enter');
    await expect.poll(() => tools.selectedNodeName()).toBe('goto Goodbye_Hangup');

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+G');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect.poll(() => tools.selectedNodeName()).toBe('menu Question_01');

    // arrow keys too, and a graph click does not come back as another selection (the whole poll in
    // view first: the selection above may have panned the Hangup card under the XML pane)
    await page.getByRole('button', { name: 'Fit view' }).click();
    await studio.node('hangup Hangup').locator('.dp-header').click();
    await expect.poll(() => tools.selectedNodeName()).toBe('hangup Hangup');
    await expect(tools.editorLine('<hangup name="Hangup"/>')).toBeVisible();
  });
});

test.describe('a readable XML pane and layouts', () => {
  test('word wrap is on by default; the toggle is remembered', async ({ page }) => {
    const studio = new StudioPage(page);
    const tools = new GraphTools(page);
    await studio.open({ wrap: true });
    await expect(tools.wrapToggle()).toHaveAttribute('aria-pressed', 'true');
    const region = (await tools.xml.boundingBox())!;
    const prompt = tools.editorLine('This is a call for');
    await expect.poll(() => textRightEdge(prompt)).toBeLessThanOrEqual(region.x + region.width);

    await tools.wrapToggle().click();
    await expect(tools.wrapToggle()).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(() => textRightEdge(prompt)).toBeGreaterThan(region.x + region.width);
    await page.reload();
    await expect(tools.wrapToggle()).toHaveAttribute('aria-pressed', 'false');
  });

  test('the XML toggle (button and Alt+X): remembered per mode after reload, the graph readable after a switch', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    const tools = new GraphTools(page);
    await studio.open();
    await expect(tools.xmlToggle()).toHaveAttribute('aria-pressed', 'true');
    const withXml = (await studio.graph.boundingBox())!.width;

    await tools.xmlToggle().click();
    await expect(tools.xmlToggle()).toHaveAttribute('aria-pressed', 'false');
    await expect(studio.xml).toBeHidden();
    await expect
      .poll(async () => (await studio.graph.boundingBox())!.width)
      .toBeGreaterThan(withXml + 200);
    await expect.poll(() => tools.zoom()).toBeGreaterThanOrEqual(READABLE_ZOOM - 0.001);
    const graphWide = (await studio.graph.boundingBox())!.width;

    // Test keeps its own choice: the XML starts hidden there, Alt+X shows it
    await studio.modeButton('Test').click();
    await expect(tools.xmlToggle()).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Alt+X');
    await expect(studio.xml).toBeVisible();

    await page.reload();
    await expect(tools.xmlToggle()).toHaveAttribute('aria-pressed', 'false'); // Design
    await expect
      .poll(async () => (await studio.graph.boundingBox())!.width)
      .toBeCloseTo(graphWide, -1);
    await studio.modeButton('Test').click();
    await expect(studio.xml).toBeVisible();
    await expect(tools.xmlToggle()).toHaveAttribute('aria-pressed', 'true');
  });
});
