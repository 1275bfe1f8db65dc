/**
 * How the flow is arranged, chosen by the pane it is drawn in. Readable first: the first arrangement in
 * order of preference that fits the whole flow on the pane with readable text wins — top-to-bottom
 * layers (a call reads like a script), left-to-right layers (a wide, low pane), then reading-order
 * columns (a small flow with one long chain, on a square pane). When none fits, top to bottom: the view
 * then starts at the entry of the call at readable size, and the flow continues below it.
 */
import type { LayoutInput } from './layout-input.ts';
import type { XY } from './types.ts';
import { boundsOf, fitZoom, READABLE_ZOOM, type Size } from './viewport.ts';

export type LayoutDirection = 'DOWN' | 'RIGHT' | 'COLUMNS';

export const PREFERENCE: readonly LayoutDirection[] = ['DOWN', 'RIGHT', 'COLUMNS'];

export interface LaidOut {
  direction: LayoutDirection;
  positions: Record<string, XY>;
}

/** The zoom at which a layout of `input` fits `pane`. */
export function zoomToFit(input: LayoutInput, positions: Record<string, XY>, pane: Size): number {
  const rects = input.nodes.map((n) => ({ ...(positions[n.id] ?? { x: 0, y: 0 }), ...n }));
  const bounds = boundsOf(rects);
  return bounds ? fitZoom(bounds, pane) : 1;
}

/**
 * The arrangement to use, computing candidates lazily in order of preference (`arrange` may be slow:
 * elkjs), so a flow that fits top to bottom costs one layout.
 */
export async function chooseArrangement(
  input: LayoutInput,
  pane: Size,
  arrange: (direction: LayoutDirection) => Promise<Record<string, XY>>,
): Promise<LaidOut> {
  let first: LaidOut | undefined;
  for (const direction of PREFERENCE) {
    const laidOut = { direction, positions: await arrange(direction) };
    first ??= laidOut;
    if (zoomToFit(input, laidOut.positions, pane) >= READABLE_ZOOM) return laidOut;
  }
  if (!first) throw new Error('No arrangement to choose from');
  return first;
}
