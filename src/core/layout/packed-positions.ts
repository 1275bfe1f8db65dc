/**
 * Positions as a worker sends them back: x and y of each node of the layout's input, in its order, in
 * one Float64Array (transferred, not copied). Sent as an object keyed by element id, the 1,000-question
 * poll's positions took 15–30 ms to read on the page's main thread (issue 11 item 6); the page knows
 * the ids already, from the input it sent.
 */
import type { LayoutInput } from './layout-input.ts';
import type { XY } from './types.ts';

export function packPositions(input: LayoutInput, positions: Readonly<Record<string, XY>>) {
  const packed = new Float64Array(input.nodes.length * 2).fill(NaN);
  input.nodes.forEach((node, i) => {
    const p = positions[node.id];
    if (!p) return;
    packed[2 * i] = p.x;
    packed[2 * i + 1] = p.y;
  });
  return packed;
}

/** The positions of `packed` by node id; a node the layout did not place (NaN) has none. */
export function unpackPositions(input: LayoutInput, packed: Float64Array): Record<string, XY> {
  const positions: Record<string, XY> = {};
  input.nodes.forEach((node, i) => {
    const x = packed[2 * i] ?? NaN;
    const y = packed[2 * i + 1] ?? NaN;
    if (!Number.isNaN(x) && !Number.isNaN(y)) positions[node.id] = { x, y };
  });
  return positions;
}
