/**
 * Focus never falls to <body> (issue 28 item 2). When an action removes or replaces the focused element
 * (a deleted card, an undone insert, a re-rendered form), the browser drops focus to <body> and a
 * keyboard user starts again from the top. These helpers put it back on the nearest sensible element.
 * The Inspector's own controls use `features/inspector/inspector-focus.ts` (same control by its label).
 */

/** Whether focus has fallen: it is on <body>, nowhere, or on an element no longer in the page. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

const RESCUE_FRAMES = 30;

/**
 * When `was` (the element that had focus) has left the page and focus fell, focuses `fallback()` — polled
 * for a few frames, as the replacement may still be rendering. Does nothing when focus went elsewhere.
 */
export function rescueFocus(was: HTMLElement | null, fallback: () => HTMLElement | null): void {
  if (!was) return;
  let frames = 0;
  const attempt = () => {
    if (was.isConnected || !focusLost()) return;
    const next = fallback();
    if (next) next.focus();
    else if (++frames < RESCUE_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
