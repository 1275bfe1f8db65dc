/** How long to wait for the Inspector (a lazy chunk on first use) to show the element. */
const FOCUS_WAIT_MS = 3000;

/** Moves focus into the Inspector once it shows `elementId` (polled per frame: it may still be loading). */
export function focusInspectorOf(elementId: string): void {
  const until = performance.now() + FOCUS_WAIT_MS;
  const attempt = () => {
    const section = [...document.querySelectorAll<HTMLElement>('[data-inspector-of]')].find(
      (e) => e.dataset.inspectorOf === elementId,
    );
    if (section) section.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
