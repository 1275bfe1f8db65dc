import type { Locator, Page } from '@playwright/test';

/** What a person sees of the graph canvas: its pane, cards, zoom and the smallest text on the cards. */
export class GraphView {
  readonly region: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Graph' });
    this.cards = this.region.locator('.react-flow__node');
  }

  /** The canvas's current zoom (React Flow's viewport scale). */
  zoom(): Promise<number> {
    return this.region.locator('.react-flow__viewport').evaluate((el) => {
      const transform = (el as HTMLElement).style.transform;
      return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 'NaN');
    });
  }

  /** The smallest computed font size (px) of any text drawn on a card. */
  smallestCardFontPx(): Promise<number> {
    return this.region.evaluate((region) => {
      let smallest = Infinity;
      for (const card of region.querySelectorAll('.react-flow__node')) {
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const owner = text.parentElement;
          if (!owner || !text.textContent?.trim() || owner.closest('.dp-sr')) continue;
          smallest = Math.min(smallest, parseFloat(getComputedStyle(owner).fontSize));
        }
      }
      return smallest;
    });
  }

  /** The graph pane's box on screen (the part of the region React Flow draws in). */
  async paneBox() {
    const box = await this.region.locator('.react-flow').boundingBox();
    if (!box) throw new Error('the graph pane is not on screen');
    return box;
  }
}
