import { expect, type Page } from '@playwright/test';

/**
 * A person with a keyboard and no mouse: every action is a key press (`page.keyboard`). Reading the page
 * (which element has focus, what a select shows) is looking at the screen, not acting on it.
 */
export class KeyboardUser {
  /** Every key this user has pressed so far (each typed character is one). */
  keys = 0;

  constructor(readonly page: Page) {}

  /** Presses one key (or chord, e.g. `Control+Z`), counted. */
  async key(key: string) {
    this.keys++;
    await this.page.keyboard.press(key);
  }

  /** Types `text`, one counted key per character. */
  async type(text: string) {
    this.keys += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** The graph card (React Flow node id) holding the focus, if any. */
  focusedCard(): Promise<string | undefined> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.matches('.react-flow__node') ? el.dataset.id : undefined;
    });
  }

  /**
   * From a focused card, follows the flow with the arrow keys until the card called `name` has focus:
   * ← back to the start first, then → to the next card, ↓ to the next branch when → leads nowhere new.
   */
  async arrowTo(name: string | RegExp, { max = 40 } = {}): Promise<void> {
    const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
    for (let i = 0; i < max && !matches(await this.focusedName()); i++) {
      const at = await this.focusedCard();
      await this.key('ArrowLeft');
      if ((await this.focusedCard()) === at) break;
    }
    const seen = new Set<string>();
    for (let i = 0; i < max; i++) {
      if (matches(await this.focusedName())) return;
      const at = (await this.focusedCard()) ?? '';
      seen.add(at);
      await this.key('ArrowRight');
      const to = await this.focusedCard();
      if (to !== at && to !== undefined && !seen.has(to)) continue;
      if (to !== at) await this.key('ArrowLeft');
      await this.key('ArrowDown');
    }
    throw new Error(
      `The arrow keys never reached ${String(name)} (last: ${await this.focusedName()})`,
    );
  }

  /** The accessible name of the focused element (its label, aria-label, or a graph node's name). */
  focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const aria = el.getAttribute('aria-label');
      if (aria) return aria;
      const node = el.classList.contains('react-flow__node')
        ? el.querySelector('[role=group][aria-label]')
        : null;
      if (node) return node.getAttribute('aria-label') ?? '';
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0) return (labels[0]?.textContent ?? '').trim();
      return (el.textContent ?? '').trim();
    });
  }

  /** Presses Tab (or Shift+Tab) until the focused element is called `name`; counts the presses. */
  async tabTo(name: string | RegExp, { back = false, max = 150 } = {}): Promise<number> {
    const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
    for (let presses = 0; presses <= max; presses++) {
      if (matches(await this.focusedName())) return presses;
      await this.key(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${String(name)} (last: ${await this.focusedName()})`);
  }

  /** Tabs to a text field and replaces what it holds. */
  async fill(name: string | RegExp, text: string) {
    await this.tabTo(name);
    await this.key('Control+A');
    await this.type(text);
  }

  /** Tabs to a button and presses Enter. */
  async press(name: string | RegExp) {
    await this.tabTo(name);
    await this.key('Enter');
  }

  /** Tabs to a select and moves through its options with the arrow keys until `option` shows. */
  async choose(name: string | RegExp, option: string) {
    await this.tabTo(name);
    const shown = () =>
      this.page.evaluate(() => {
        const select = document.activeElement as HTMLSelectElement;
        return select.selectedOptions[0]?.textContent ?? '';
      });
    await this.key('Home');
    for (let i = 0; i < 100 && (await shown()) !== option; i++) {
      await this.key('ArrowDown');
    }
    expect(await shown()).toBe(option);
  }
}
