/**
 * Which cards a big graph gives React Flow: those near the camera, not all of them. React Flow indexes,
 * measures and filters every node it holds on each change (its `nodeLookup`, visible-node and minimap
 * selectors), so with the 1,000-question poll each change cost 0.1–0.15 s of its own on the 2-core dev
 * machine, whatever was on screen (issue 11 item 6). Its `onlyRenderVisibleElements` still decides what
 * is drawn; this decides what it holds.
 */
import type { Edge } from '@xyflow/react';
import type { Rect } from '../../core/index.ts';

export interface Camera {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/**
 * How far around the view cards are kept, in panes. Half a pane, snapped outwards to the grid below,
 * keeps between a half and a whole pane of cards ready on each side; a whole pane held twice as many
 * cards, and React Flow's work on the poll's first view and on a layout landing grows with them.
 */
const MARGIN = 0.5;

/**
 * The part of the canvas kept: the pane's view grown by MARGIN on each side, snapped to a grid of
 * half a pane, so a small pan or zoom changes nothing and a scroll does not rebuild it every frame.
 */
export function cullWindow(camera: Camera): Rect {
  const width = camera.width / camera.zoom;
  const height = camera.height / camera.zoom;
  const left = -camera.x / camera.zoom;
  const top = -camera.y / camera.zoom;
  const stepX = Math.max(width / 2, 1);
  const stepY = Math.max(height / 2, 1);
  const x0 = Math.floor((left - MARGIN * width) / stepX) * stepX;
  const y0 = Math.floor((top - MARGIN * height) / stepY) * stepY;
  const x1 = Math.ceil((left + (1 + MARGIN) * width) / stepX) * stepX;
  const y1 = Math.ceil((top + (1 + MARGIN) * height) / stepY) * stepY;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** A window's identity: equal keys, same window (the selector React Flow's store compares). */
export function windowKey(camera: Camera): string {
  const w = cullWindow(camera);
  return `${w.x},${w.y},${w.width},${w.height}`;
}

export function keyToWindow(key: string): Rect {
  const [x = 0, y = 0, width = 0, height = 0] = key.split(',').map(Number);
  return { x, y, width, height };
}

interface Placed {
  id: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
  selected?: boolean;
}

function overlaps(n: Placed, w: Rect): boolean {
  const { x, y } = n.position;
  return (
    x < w.x + w.width && x + (n.width ?? 0) > w.x && y < w.y + w.height && y + (n.height ?? 0) > w.y
  );
}

/**
 * The nodes in `window`, the selected ones and `keep` (the node a call is at), and the other end of
 * every edge that leaves one of them (an edge is drawn only when React Flow holds both of its ends);
 * the edges between the nodes kept. Also the outermost nodes (leftmost, topmost, rightmost, lowest):
 * React Flow's minimap frames the nodes it holds, so with them it still frames the whole graph.
 * Document order is kept.
 */
export function cullGraph<N extends Placed>(
  nodes: readonly N[],
  edges: readonly Edge[],
  window: Rect,
  keep?: string,
): { nodes: N[]; edges: Edge[] } {
  const inside = new Set<string>();
  for (const n of nodes) if (n.selected || n.id === keep || overlaps(n, window)) inside.add(n.id);
  const kept = new Set(inside);
  for (const n of outermost(nodes)) kept.add(n.id);
  for (const e of edges) {
    if (inside.has(e.source)) kept.add(e.target);
    if (inside.has(e.target)) kept.add(e.source);
  }
  return {
    nodes: nodes.filter((n) => kept.has(n.id)),
    edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

function outermost<N extends Placed>(nodes: readonly N[]): N[] {
  const first = nodes[0];
  if (!first) return [];
  let [left, top, right, bottom] = [first, first, first, first];
  for (const n of nodes) {
    if (n.position.x < left.position.x) left = n;
    if (n.position.y < top.position.y) top = n;
    if (n.position.x + (n.width ?? 0) > right.position.x + (right.width ?? 0)) right = n;
    if (n.position.y + (n.height ?? 0) > bottom.position.y + (bottom.height ?? 0)) bottom = n;
  }
  return [left, top, right, bottom];
}
