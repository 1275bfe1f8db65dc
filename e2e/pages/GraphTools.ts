import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The studio's finding and arranging tools as a person uses them: a palette item held over the graph or
 * the XML before letting go (the drop hint), Find (Ctrl+K or the header button), the XML pane's
 * word-wrap toggle and the header's XML toggle.
 */
export class GraphTools {
  readonly graph: Locator;
  readonly xml: Locator;
  readonly hint: Locator;
  readonly findDialog: Locator;

  constructor(readonly page: Page) {
    this.graph = page.getByRole('region', { name: 'Graph' });
    this.xml = page.getByRole('region', { name: 'XML' });
    this.hint = this.graph.getByTestId('drop-hint');
    this.findDialog = page.getByRole('dialog', { name: 'Find' });
  }

  paletteItem(label: string): Locator {
    const pattern = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    return this.page
      .getByRole('navigation', { name: 'Palette' })
      .getByRole('button', { name: pattern });
  }

  /** Starts dragging a palette item and holds it over `target` (at `at` inside it), not letting go. */
  async hold(label: string, target: Locator, at?: { x: number; y: number }) {
    const from = await centreOf(this.paletteItem(label));
    const box = await target.boundingBox();
    if (!box) throw new Error('drop target not on screen');
    const to = at ? { x: box.x + at.x, y: box.y + at.y } : centre(box);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 10, from.y + 10, { steps: 2 });
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    // Chromium delivers each dragover one move late: a last 1 px nudge brings the one for `to`
    await this.page.mouse.move(to.x + 1, to.y);
  }

  async release() {
    await this.page.mouse.up();
  }

  /** A line of the XML editor as drawn (Monaco draws spaces as no-break spaces). */
  editorLine(text: string): Locator {
    const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
    return this.xml.locator('.view-line', { hasText: new RegExp(pattern) });
  }

  async openFindWithKeys(): Promise<Locator> {
    await this.page.keyboard.press('Control+K');
    await expect(this.findDialog).toBeVisible();
    return this.findDialog.getByRole('combobox');
  }

  findButton(): Locator {
    return this.page.getByRole('button', { name: 'Find', exact: true });
  }

  /** The header's XML toggle: pressed while the XML is shown beside the graph. */
  xmlToggle(): Locator {
    return this.page.getByRole('button', { name: 'XML', exact: true });
  }

  wrapToggle(): Locator {
    return this.xml.getByRole('button', { name: 'Wrap lines' });
  }

  /** The graph's zoom, read from React Flow's viewport transform. */
  zoom(): Promise<number> {
    return this.graph
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  }

  selectedNodeName(): Promise<string | null> {
    return this.graph
      .locator('.react-flow__node.selected [role="group"]')
      .first()
      .getAttribute('aria-label');
  }
}

function centre(box: { x: number; y: number; width: number; height: number }) {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return centre(box);
}
