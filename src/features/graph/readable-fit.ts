/**
 * A view of the start of the call in which node text stays readable: the first nodes centred when they
 * fit at a readable zoom, otherwise the entry node at the top-left corner at the readable zoom (the rest
 * is reached by panning, the minimap or Find). Used after a layout switch changes the graph pane's width.
 */
import type { Rect, Viewport } from '@xyflow/react';

/** Node text is at least 11 px (graph.css); 11 px on screen is the smallest readable size. */
const SMALLEST_NODE_TEXT_PX = 11;
const MIN_READABLE_PX = 11;
export const READABLE_ZOOM = MIN_READABLE_PX / SMALLEST_NODE_TEXT_PX;
const MAX_ZOOM = 1;
const PADDING = 40;

export function readableViewport(
  bounds: Rect,
  entry: Rect,
  pane: { width: number; height: number },
): Viewport {
  const room = { width: pane.width - 2 * PADDING, height: pane.height - 2 * PADDING };
  const fitting = Math.min(room.width / bounds.width, room.height / bounds.height, MAX_ZOOM);
  if (fitting >= READABLE_ZOOM) {
    return {
      zoom: fitting,
      x: pane.width / 2 - (bounds.x + bounds.width / 2) * fitting,
      y: pane.height / 2 - (bounds.y + bounds.height / 2) * fitting,
    };
  }
  return {
    zoom: READABLE_ZOOM,
    x: PADDING - entry.x * READABLE_ZOOM,
    y: PADDING - entry.y * READABLE_ZOOM,
  };
}
