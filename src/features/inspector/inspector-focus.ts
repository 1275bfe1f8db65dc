/**
 * Keyboard focus across an Inspector edit. An edit re-renders the Inspector (the Question editor starts
 * a fresh draft, a delete shows the neighbour's Inspector), which unmounts the control that acted and
 * drops focus to <body>. Before the edit the control is remembered by what it is (tag and label); after
 * the re-render the same control in the Inspector gets focus back, else the Inspector itself.
 */

interface ControlKey {
  tag: string;
  label: string;
}

let pending: ControlKey | undefined;

const CONTROLS = 'button, input, select, textarea';

function labelOf(element: HTMLElement): string {
  const aria = element.getAttribute('aria-label');
  if (aria) return aria;
  if (element instanceof HTMLButtonElement) return element.textContent.trim();
  const labels = (element as HTMLInputElement).labels;
  return labels?.[0]?.textContent.trim() ?? '';
}

/** Remembers the focused control inside `container` (if any) to focus again after the edit. */
export function rememberFocus(container: HTMLElement | null): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !container?.contains(active)) return;
  if (!active.matches(CONTROLS)) return;
  pending = { tag: active.tagName, label: labelOf(active) };
}

/** Forgets a remembered control (an edit that was not made). */
export function forgetFocus(): void {
  pending = undefined;
}

/**
 * After a re-render: when focus was lost (it is on <body> or outside the document), focuses the
 * remembered control inside `container`, else the container.
 */
export function restoreFocus(container: HTMLElement | null): void {
  const key = pending;
  if (!key || !container) return;
  pending = undefined;
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  const controls = [...container.querySelectorAll<HTMLElement>(CONTROLS)];
  const same = controls.find(
    (c) => c.tagName === key.tag && labelOf(c) === key.label && !c.matches(':disabled'),
  );
  (same ?? container).focus();
}
