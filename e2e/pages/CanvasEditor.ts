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
    await this.seed(text);
    await this.page.goto('/');
    await expect(
      this.page.getByRole('region', { name: 'XML' }).locator('.view-lines'),
    ).toContainText('dialplan');
  }

  /** Puts `text` in the autosave before the studio's first start in this test (not on reloads). */
  async seed(text: string) {
    await this.page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('canvas-spec-seeded')) return;
        sessionStorage.setItem('canvas-spec-seeded', 'yes');
        localStorage.setItem(key, JSON.stringify({ text: value, positions: {} }));
      },
      [AUTOSAVE_KEY, text] as const,
    );
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
    const pattern = new RegExp(`^${escapeRegExp(label)}`);
    return this.palette.getByRole('button', { name: pattern });
  }

  /** Drags a palette item onto the canvas, `at` pixels from the pane's top-left corner. */
  async drop(label: string, at: { x: number; y: number }) {
    // forced: a node or a panel under the point still passes the drop on to the canvas
    await this.paletteItem(label).dragTo(this.pane(), { targetPosition: at, force: true });
  }

  /**
   * Brings a node to the middle of the canvas as a person does when it is out of sight: Find (the header
   * button), the node's name (or tag, for a node without one), a click on the match. The studio selects
   * it and the graph centres on it. `node` is the node's label: `menu Live`, `amd`. Where several
   * unnamed nodes share a tag, `query` tells them apart by their words (a goto by its target): the
   * first match of the node's tag and name is taken.
   */
  async centre(node: string, query?: string) {
    const [tag = node, name] = node.split(' ');
    await this.page.getByRole('button', { name: 'Find', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Find' });
    await dialog.getByRole('combobox').fill(query ?? name ?? tag);
    await dialog
      .getByRole('option')
      .filter({ has: this.page.locator('.find-name', { hasText: exactly(name ?? `<${tag}>`) }) })
      .filter({ hasText: `<${tag}>` })
      .first()
      .click();
    await expect(dialog).toBeHidden();
    // a trial click: waits for the short centring animation to end and the card to take clicks
    await this.node(node).locator('.dp-header .dp-name').click({ trial: true });
  }

  /**
   * Selects a node by clicking the name in its header, once centred (a selected card shows "+ Note" in
   * the middle of its header: a click there writes a note instead).
   */
  async select(node: string, query?: string) {
    await this.centre(node, query);
    await this.node(node).locator('.dp-header .dp-name').click();
    await expect(this.node(node).locator('xpath=..')).toHaveClass(/\bselected\b/);
  }

  /** Selects a node, then clicks a palette item: the item goes right after that node in the call. */
  async addAfter(node: string, label: string) {
    await this.select(node);
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
    await this.centre(node);
    await this.node(node)
      .getByText(text, { exact: typeof text === 'string' })
      .first()
      .click();
  }

  /**
   * Drags from a source handle to a node's input handle (mouse down, move, up on their centres), with
   * the target node centred and the graph zoomed out (its Zoom out button) until both ends take clicks.
   */
  async connect(from: Locator, toNode: string) {
    await this.centre(toNode);
    const sourceHandle = from.locator('.react-flow__handle.source').first();
    const targetHandle = this.node(toNode).locator('.react-flow__handle.target');
    await expect(async () => {
      const onScreen = await Promise.all(
        [sourceHandle, targetHandle].map((h) =>
          h.click({ trial: true, timeout: 500 }).then(
            () => true,
            () => false,
          ),
        ),
      );
      if (onScreen.every(Boolean)) return;
      await this.graph.getByRole('button', { name: 'Zoom Out' }).click();
      throw new Error('a connection end is out of sight: zoomed out');
    }).toPass({ timeout: 15_000 });
    const source = await centre(sourceHandle);
    const target = await centre(targetHandle);
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching exactly `text`. */
function exactly(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
