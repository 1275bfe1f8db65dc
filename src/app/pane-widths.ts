/**
 * Above this window width the palette starts open; on a laptop screen (1366 or 1440 px wide) it starts
 * folded (one click opens it) so the graph keeps the width. The panes' widths per mode are in the store
 * (`defaultModePanes`, remembered per mode).
 */
export const COMPACT_MAX_WIDTH = 1440;

export function paletteInitiallyOpen(windowWidth: number): boolean {
  return windowWidth > COMPACT_MAX_WIDTH;
}
