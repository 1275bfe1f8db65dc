/**
 * The graph card that shows an element: the card itself, or the card a branch, prompt or line of it is
 * drawn in. Used to give focus back to the graph (Esc from the Inspector, a deleted element's neighbour).
 */
export function cardOf(elementId: string): HTMLElement | null {
  const id = CSS.escape(elementId);
  const direct = document.querySelector<HTMLElement>(
    `.graph-canvas .react-flow__node[data-id="${id}"]`,
  );
  if (direct) return direct;
  return (
    document
      .querySelector(`.graph-canvas [data-element-id="${id}"]`)
      ?.closest<HTMLElement>('.react-flow__node') ?? null
  );
}

/** Focuses the card of `elementId`; false when it has none on screen. */
export function focusCardOf(elementId: string | undefined): boolean {
  const card = elementId === undefined ? null : cardOf(elementId);
  card?.focus();
  return card !== null;
}
