/**
 * F6 / Shift+F6: focus moves between the studio's regions, every element marked `data-f6-region`
 * (header, palette, graph, XML, side panel or mode panel), in DOM order, skipping hidden ones. It lands
 * where focus last was inside that region, else on the region's main control (the graph's focusable
 * card, the XML editor's text area), else its first focusable element, else the region itself.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';
/** The main control of a region, tried before its first focusable element. */
const MAIN_CONTROL =
  '.react-flow__node[tabindex="0"], .react-flow__pane[tabindex="0"], .monaco-editor textarea, .monaco-editor .native-edit-context';

const lastFocused = new WeakMap<Element, HTMLElement>();

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0 && element.closest('[inert], [hidden]') === null;
}

function regions(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-f6-region]')].filter(isShown);
}

/** Remembers, per region, the element focus was last in (installed once, by the dispatcher). */
export function trackRegionFocus(event: FocusEvent): void {
  if (!(event.target instanceof HTMLElement)) return;
  const region = event.target.closest('[data-f6-region]');
  if (region) lastFocused.set(region, event.target);
}

function entryOf(region: HTMLElement): HTMLElement | undefined {
  const last = lastFocused.get(region);
  if (last?.isConnected && region.contains(last) && isShown(last)) return last;
  const main = [...region.querySelectorAll<HTMLElement>(MAIN_CONTROL)].find(isShown);
  if (main) return main;
  const first = [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find(isShown);
  if (first) return first;
  // A region with nothing to focus yet (the Inspector before a selection) is still a stop: the region
  // itself takes focus, and its label says where the person is.
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  return region;
}

/** Moves focus to the next (`step` 1) or previous (-1) region; false when there is none to go to. */
export function cycleRegion(step: 1 | -1): boolean {
  const all = regions();
  if (all.length === 0) return false;
  const active = document.activeElement;
  const current = all.findIndex((r) => active !== null && r.contains(active));
  for (let n = 1; n <= all.length; n++) {
    const index =
      current < 0
        ? step === 1
          ? n - 1
          : all.length - n
        : (current + step * n + all.length * n) % all.length;
    const region = all[index];
    const entry = region && entryOf(region);
    if (entry) {
      entry.focus();
      return true;
    }
  }
  return false;
}
