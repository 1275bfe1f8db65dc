/**
 * Fast, synchronous placement (O(nodes + edges)) for nodes that have no position yet:
 * - when no node has a position, a simple layered layout: columns by distance from the first node along
 *   the edges, rows in document order — drawn at once while elkjs computes the tidy layout off-thread;
 * - otherwise each new node goes to the right of a placed node that leads to it, or below the placed
 *   node before it in document order, so that an added element appears near its neighbours; when that
 *   place would cover a card, the nearest free place below or right of it (free-spot.ts). Placed cards
 *   never move.
 */
import { estimateNodeSize, graphMarks } from '../graph/size.ts';
import type { FlowGraph } from '../graph/types.ts';
import { freeSpot, type Box } from './free-spot.ts';
import type { XY } from './types.ts';

const COLUMN_GAP = 100;
const ROW_GAP = 40;

export function placeNodes(
  graph: FlowGraph,
  positions: Readonly<Record<string, XY>>,
): Record<string, XY> {
  const placed: Record<string, XY> = {};
  let anyPlaced = false;
  for (const node of graph.nodes) {
    const p = positions[node.id];
    if (p) {
      placed[node.id] = p;
      anyPlaced = true;
    }
  }
  if (!anyPlaced) return layeredLayout(graph);
  if (Object.keys(placed).length === graph.nodes.length) return placed;
  const incoming = new Map<string, string>();
  for (const e of graph.edges)
    if (!incoming.has(e.target) && e.source !== e.target) incoming.set(e.target, e.source);
  let previous: { id: string; height: number } | undefined;
  const marks = graphMarks(graph);
  const sizes = new Map(graph.nodes.map((n) => [n.id, estimateNodeSize(n, marks)]));
  // the cards already placed: a new one is shifted off them (free-spot.ts), they never move
  const taken: Box[] = [];
  for (const node of graph.nodes) {
    const at = placed[node.id];
    const size = sizes.get(node.id);
    if (at && size) taken.push({ ...at, ...size });
  }
  for (const node of graph.nodes) {
    const size = sizes.get(node.id) ?? { width: 0, height: 0 };
    if (!placed[node.id]) {
      const from = incoming.get(node.id);
      const source = from === undefined ? undefined : placed[from];
      const sourceWidth = (from !== undefined && sizes.get(from)?.width) || size.width;
      const above = previous && placed[previous.id];
      const want = source
        ? { x: source.x + sourceWidth + COLUMN_GAP, y: source.y }
        : above && previous
          ? { x: above.x, y: above.y + previous.height + ROW_GAP }
          : { x: 0, y: 0 };
      const at = freeSpot(want, size, taken);
      placed[node.id] = at;
      taken.push({ ...at, ...size });
    }
    previous = { id: node.id, height: size.height };
  }
  return placed;
}

/** Columns by breadth-first distance from the first node (unreached nodes start new columns). */
export function layeredLayout(graph: FlowGraph): Record<string, XY> {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    const list = out.get(e.source) ?? [];
    list.push(e.target);
    out.set(e.source, list);
  }
  const column = new Map<string, number>();
  for (const start of graph.nodes) {
    if (column.has(start.id)) continue;
    column.set(start.id, 0);
    const queue = [start.id];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      for (const target of out.get(id) ?? []) {
        if (column.has(target)) continue;
        column.set(target, (column.get(id) ?? 0) + 1);
        queue.push(target);
      }
    }
  }
  const columnY: number[] = [];
  const positions: Record<string, XY> = {};
  const marks = graphMarks(graph);
  for (const node of graph.nodes) {
    const c = column.get(node.id) ?? 0;
    const size = estimateNodeSize(node, marks);
    const y = columnY[c] ?? 0;
    positions[node.id] = { x: c * (size.width + COLUMN_GAP), y };
    columnY[c] = y + size.height + ROW_GAP;
  }
  return positions;
}
