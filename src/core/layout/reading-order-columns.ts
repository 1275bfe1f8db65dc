/**
 * Reading-order columns: the cards in document order (the order the XML reads, which is also the order
 * a call falls through them), poured top to bottom into as many side-by-side columns as make the whole
 * flow largest on the pane. A layered layout of a small flow with one long chain (the political poll:
 * six steps from the machine check to the hang-up) is tall and narrow; on a laptop's square graph pane
 * it only fits at unreadable zoom, while two columns fit at full size.
 */
import type { LayoutInput } from './layout-input.ts';
import type { XY } from './types.ts';
import { fitZoom, type Size } from './viewport.ts';

/** Wide enough for a loop-back arrow and its label beside a card. */
export const COLUMN_GAP = 96;
export const ROW_GAP = 40;

/** Splits the heights into `k` runs, in order, keeping the tallest run low (greedy by target height). */
function splitInto(heights: readonly number[], k: number): number[][] {
  const total = heights.reduce((a, h) => a + h + ROW_GAP, -ROW_GAP);
  const target = total / k;
  const runs: number[][] = [[]];
  let used = 0;
  heights.forEach((h, i) => {
    const run = runs[runs.length - 1]!;
    const remaining = heights.length - i;
    const columnsLeft = k - runs.length;
    // Start a new column when this card would pass the target by more than half of itself, or when
    // every card left must go one to a column.
    if (run.length > 0 && columnsLeft > 0 && (used + h / 2 > target || remaining <= columnsLeft)) {
      runs.push([i]);
      used = h + ROW_GAP;
    } else {
      run.push(i);
      used += h + ROW_GAP;
    }
  });
  return runs;
}

function columnsOf(input: LayoutInput, k: number): { positions: Record<string, XY>; size: Size } {
  const runs = splitInto(
    input.nodes.map((n) => n.height),
    k,
  );
  const positions: Record<string, XY> = {};
  let x = 0;
  let height = 0;
  for (const run of runs) {
    let y = 0;
    let width = 0;
    for (const i of run) {
      const node = input.nodes[i]!;
      positions[node.id] = { x, y };
      y += node.height + ROW_GAP;
      width = Math.max(width, node.width);
    }
    height = Math.max(height, y - ROW_GAP);
    x += width + COLUMN_GAP;
  }
  return { positions, size: { width: x - COLUMN_GAP, height } };
}

/** The column layout that shows the flow largest on `pane`. */
export function layoutInColumns(input: LayoutInput, pane: Size): Record<string, XY> {
  let best: { positions: Record<string, XY>; zoom: number } | undefined;
  for (let k = 1; k <= input.nodes.length; k++) {
    const { positions, size } = columnsOf(input, k);
    const zoom = fitZoom(size, pane);
    if (!best || zoom > best.zoom) best = { positions, zoom };
    else break; // more columns only get wider from here
  }
  return best?.positions ?? {};
}
