import { expect, type Locator, type Page } from '@playwright/test';

const AUTOSAVE_KEY = 'dialplan-studio:autosave:v1';

/**
 * Designing by hand on the canvas as a person does: palette items dragged onto the graph, branch outputs
 * dragged to nodes, elements picked on the nodes and changed in the inspector.
 */
export class CanvasEditor {
  readonly graph: Locator;
  readonly palette: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.graph = page.getByRole('region', { name: 'Graph' });
    this.palette = page.getByRole('navigation', { name: 'Palette' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
  }

  /** Opens the studio on `text`, as if autosaved there (set before the app starts, once). */
  async openWith(text: string) {
    await this.page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('canvas-spec-seeded')) return;
        sessionStorage.setItem('canvas-spec-seeded', 'yes');
        localStorage.setItem(key, JSON.stringify({ text: value, positions: {} }));
      },
      [AUTOSAVE_KEY, text] as const,
    );
    await this.page.goto('/');
    await expect(
      this.page.getByRole('region', { name: 'XML' }).locator('.view-lines'),
    ).toContainText('dialplan');
  }

  /** The document text as the studio holds it (its autosave). */
  savedText(): Promise<string | undefined> {
    return this.page.evaluate((key) => {
      const raw = localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as { text: string }).text : undefined;
    }, AUTOSAVE_KEY);
  }

  pane(): Locator {
    return this.graph.locator('.react-flow__pane');
  }

  paletteItem(label: string): Locator {
    const pattern = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    return this.palette.getByRole('button', { name: pattern });
  }

  /** Drags a palette item onto the canvas, `at` pixels from the pane's top-left corner. */
  async drop(label: string, at: { x: number; y: number }) {
    // forced: a node or a panel under the point still passes the drop on to the canvas
    await this.paletteItem(label).dragTo(this.pane(), { targetPosition: at, force: true });
  }

  /** Selects a node, then clicks a palette item: the item goes right after that node in the call. */
  async addAfter(node: string, label: string) {
    await this.node(node).locator('.dp-header').click();
    await this.paletteItem(label).click();
  }

  /** Drags a palette item onto a node's labelled output, to put it in that branch. */
  async dropOnBranch(label: string, node: string, output: string) {
    await this.paletteItem(label).dragTo(this.output(node, output), { force: true });
  }

  /** A node by its accessible name (`menu Live`, `amd`). */
  node(label: string): Locator {
    return this.graph.getByRole('group', { name: label, exact: true });
  }

  /** The labelled output of a node (a keypress by its `pressed`, `live`, `machine`). */
  output(node: string, label: string): Locator {
    return this.node(node).locator('.dp-output', {
      has: this.page.locator('.dp-output-label', { hasText: new RegExp(`^${label}$`) }),
    });
  }

  /** Clicks what a node lists (a branch label, an action like `stash Vote = Yes`) to select it. */
  async pick(node: string, text: string | RegExp) {
    await this.node(node)
      .getByText(text, { exact: typeof text === 'string' })
      .first()
      .click();
  }

  /** Drags from a source handle to a node's input handle (mouse down, move, up on their centres). */
  async connect(from: Locator, toNode: string) {
    const source = await centre(from.locator('.react-flow__handle.source').first());
    const target = await centre(this.node(toNode).locator('.react-flow__handle.target'));
    await this.page.mouse.move(source.x, source.y);
    await this.page.mouse.down();
    await this.page.mouse.move((source.x + target.x) / 2, (source.y + target.y) / 2, { steps: 5 });
    await this.page.mouse.move(target.x, target.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Sets a field of the selected element in the inspector and commits it. */
  async set(field: string, value: string) {
    const box = this.inspector.getByRole('textbox', { name: field, exact: true });
    await box.fill(value);
    await box.press(
      (await box.evaluate((el) => el.tagName)) === 'TEXTAREA' ? 'Control+Enter' : 'Enter',
    );
  }

  /** Renames the selected element, once the inspector shows it with name `from`. */
  async rename(from: string, to: string) {
    const box = this.inspector.getByRole('textbox', { name: 'name', exact: true });
    await expect(box).toHaveValue(from);
    await box.fill(to);
    await box.press('Enter');
    await expect(box).toHaveValue(to);
  }

  /** Types the selected prompt's words into the inspector. */
  async say(text: string) {
    await this.set('Text to speak', text);
  }

  /** Waits until the inspector shows an element of this tag. */
  async inspecting(tag: string) {
    await expect(
      this.inspector.getByRole('heading', { name: new RegExp(`<${tag}>`) }),
    ).toBeVisible();
  }
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
