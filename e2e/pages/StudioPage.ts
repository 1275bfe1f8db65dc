import { expect, type Locator, type Page } from '@playwright/test';

const WRAP_KEY = 'dialplan-studio:xml-word-wrap:v1';
const GUIDE_KEY = 'dialplan-studio:guide:v1';

/** Opens the header's documents menu (if closed) and returns its Documents region. */
export async function openDocuments(page: Page): Promise<Locator> {
  const button = page.getByRole('button', { name: 'Documents', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const region = page.getByRole('region', { name: 'Documents' });
  await expect(region).toBeVisible();
  return region;
}

/** The studio's modes, in the header's order. */
export const MODES = ['Design', 'Test', 'Send', 'Results', 'Versions'] as const;
export type Mode = (typeof MODES)[number];

/** The studio as a person sees it: the Graph and XML regions, nodes by name, the editor's lines. */
export class StudioPage {
  readonly graph: Locator;
  readonly xml: Locator;
  private readonly requests: string[] = [];

  constructor(readonly page: Page) {
    this.graph = page.getByRole('region', { name: 'Graph' });
    this.xml = page.getByRole('region', { name: 'XML' });
    page.on('request', (request) => void this.requests.push(request.url()));
  }

  /**
   * Opens the studio on a fresh profile (no autosave), unless `keepStorage`. Word wrap is turned off
   * unless `wrap`: journeys find editor lines by their whole text, which wrapping splits. The first-step
   * guide is marked dismissed unless `guide` (the guide's own tests).
   */
  async open({ keepStorage = false, wrap = false, guide = false } = {}) {
    // before the app starts, on every load of this page (the reload below included)
    if (!wrap) await this.page.addInitScript((key) => localStorage.setItem(key, 'off'), WRAP_KEY);
    if (!guide)
      await this.page.addInitScript((key) => localStorage.setItem(key, 'dismissed'), GUIDE_KEY);
    await this.page.goto('/');
    if (!keepStorage) {
      await this.page.evaluate(() => {
        localStorage.clear();
        indexedDB.deleteDatabase('dialplan-studio'); // the versions (done once the page unloads)
      });
      await this.page.reload();
    }
    // the XML is shown by default in Design on a screen at least 1280 px wide (hidden on a tablet)
    const toggle = this.page.getByRole('button', { name: 'XML', exact: true });
    if ((await toggle.getAttribute('aria-pressed')) === 'true')
      await expect(this.editorLines()).toContainText('dialplan');
    // The first visit lays the graph out in a worker: nodes move until the canvas is no longer busy.
    await expect(this.page.locator('.graph-canvas')).toHaveAttribute('aria-busy', 'false');
  }

  /** The document text as the studio holds it, read back from its autosave (empty before the first save). */
  savedText(): Promise<string> {
    return this.page.evaluate(() => {
      const raw = localStorage.getItem('dialplan-studio:autosave:v1');
      return raw ? (JSON.parse(raw) as { text: string }).text : '';
    });
  }

  /** Every request made so far that left the page's own origin. */
  foreignRequests(): string[] {
    const origin = new URL(this.page.url()).origin;
    return this.requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  }

  /** A graph node, found by its tag and name (its accessible name), e.g. `menu Live`. */
  node(label: string): Locator {
    return this.graph.getByRole('group', { name: label, exact: true });
  }

  /** Where React Flow draws a node on the canvas (its `translate(x, y)`), independent of pan and zoom. */
  async canvasPosition(label: string): Promise<string> {
    return this.graph
      .locator('.react-flow__node', {
        has: this.page.getByRole('group', { name: label, exact: true }),
      })
      .evaluate((el) => (el as HTMLElement).style.transform);
  }

  selectedNode(): Locator {
    return this.graph.locator('.react-flow__node.selected');
  }

  /** A mode button of the header: Design, Test, Send, Results or Versions. */
  modeButton(name: Mode): Locator {
    return this.page
      .getByRole('group', { name: 'Mode' })
      .getByRole('button', { name, exact: true });
  }

  /** Opens the header's documents menu (if closed) and returns its Documents region. */
  async documents(): Promise<Locator> {
    return openDocuments(this.page);
  }

  editorLines(): Locator {
    return this.xml.locator('.view-lines');
  }

  /** A rendered editor line holding `text` (Monaco draws spaces as no-break spaces). */
  editorLine(text: string): Locator {
    const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
    return this.xml.locator('.view-line', { hasText: new RegExp(pattern) });
  }

  /**
   * Puts the cursor at the start of the first non-blank character of the line holding `text`. Clicks near
   * the line's left edge: the centre of a very wide line can lie under the side panel.
   */
  async clickLine(text: string) {
    await this.editorLine(text)
      .first()
      .click({ position: { x: 4, y: 4 } });
    await this.page.keyboard.press('Home');
  }

  /** Waits until the browser's storage holds `text` (the studio saves a little after each change). */
  async expectSaved(text: string) {
    const asJson = JSON.stringify(text).slice(1, -1); // Saved values are JSON: quotes come escaped.
    await expect
      .poll(() =>
        this.page.evaluate(
          (wanted) =>
            Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes(wanted)),
          asJson,
        ),
      )
      .toBe(true);
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }
}
