/**
 * Where the graph's camera goes (pure, testable in Node): the first view of a document, after Tidy and
 * on "fit view". The rule is readability first: words on cards must be at least `READABLE_TEXT_PX` tall
 * on screen. The whole flow is shown when it fits at that size; otherwise the view starts at the entry
 * of the call (the minimap and Find go further), never zoomed out below readable.
 */
import type { XY } from './types.ts';

/** The smallest on-screen text height a newcomer reads without effort (WCAG-ish small print). */
export const READABLE_TEXT_PX = 11;
/** The smallest font size used on a card (see `graph.css`); keep them in step. */
export const CARD_MIN_FONT_PX = 12;
/** The lowest zoom at which every word on a card is readable. */
export const READABLE_ZOOM = READABLE_TEXT_PX / CARD_MIN_FONT_PX;
/** Fitting never magnifies past 1:1 (a tiny flow drawn huge looks broken). */
export const MAX_FIT_ZOOM = 1;
/**
 * Screen pixels kept free around the fitted flow: the canvas's toolbar (Tidy…) sits along the top and
 * the zoom controls along the bottom, and no card should start under them.
 */
export const FRAME = { top: 48, right: 16, bottom: 52, left: 16 } as const;

export interface Size {
  width: number;
  height: number;
}
export interface Rect extends XY, Size {}
/** React Flow's viewport: the canvas point at the pane's top-left is (-x / zoom, -y / zoom). */
export interface Viewport extends XY {
  zoom: number;
}

export function boundsOf(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The part of the pane a fitted flow may use (the pane less `FRAME`). */
export function innerSize(pane: Size): Size {
  return {
    width: Math.max(pane.width - FRAME.left - FRAME.right, 1),
    height: Math.max(pane.height - FRAME.top - FRAME.bottom, 1),
  };
}

/** The zoom at which `bounds` just fits the pane (inside its frame), not above `MAX_FIT_ZOOM`. */
export function fitZoom(bounds: Size, pane: Size): number {
  const inner = innerSize(pane);
  const zoomX = inner.width / Math.max(bounds.width, 1);
  const zoomY = inner.height / Math.max(bounds.height, 1);
  return Math.min(zoomX, zoomY, MAX_FIT_ZOOM);
}

/** Whether the whole flow fits the pane with readable text. */
export function fitsReadable(bounds: Size, pane: Size): boolean {
  return fitZoom(bounds, pane) >= READABLE_ZOOM;
}

/**
 * The first view: every node when they fit readable (centred), else readable zoom with the entry node at
 * the top of the pane, centred on it across but not past the flow's left edge, so what follows the
 * entry (below and beside it in a top-to-bottom layout) fills the rest of the pane.
 */
export function readableViewport(
  nodes: readonly Rect[],
  entry: Rect | undefined,
  pane: Size,
): Viewport {
  const bounds = boundsOf(nodes);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  const whole = fitZoom(bounds, pane);
  if (whole >= READABLE_ZOOM || !entry) {
    const zoom = Math.max(whole, READABLE_ZOOM);
    return centred(bounds, pane, zoom);
  }
  const zoom = READABLE_ZOOM;
  // In canvas units: the inner frame's width, and where the view's left edge may go.
  const inner = innerSize(pane).width / zoom;
  const centreX = entry.x + entry.width / 2 - inner / 2;
  const left = Math.max(bounds.x, Math.min(centreX, bounds.x + bounds.width - inner));
  return { x: FRAME.left - left * zoom, y: FRAME.top - entry.y * zoom, zoom };
}

/** `bounds` centred in the pane's inner frame at `zoom`. */
function centred(bounds: Rect, pane: Size, zoom: number): Viewport {
  const inner = innerSize(pane);
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  return {
    x: FRAME.left + inner.width / 2 - cx * zoom,
    y: FRAME.top + inner.height / 2 - cy * zoom,
    zoom,
  };
}
