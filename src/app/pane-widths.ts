/**
 * The panes' first widths for a window: on a laptop screen (1366 or 1440 px wide) the default widths
 * left the graph under 400 px, so the poll fitted into it was unreadably small. There the XML and side
 * panes start narrower and the palette starts folded (one click opens it); splitters still resize.
 */
export interface PaneWidths {
  xml: number;
  side: number;
  paletteOpen: boolean;
}

/** At or under this window width the studio starts compact. */
export const COMPACT_MAX_WIDTH = 1440;

export function initialPaneWidths(windowWidth: number): PaneWidths {
  if (windowWidth > COMPACT_MAX_WIDTH) return { xml: 440, side: 340, paletteOpen: true };
  return { xml: 360, side: 300, paletteOpen: false };
}

/** The XML pane in Design layout: narrow, so the graph gets the width (still wide enough to edit). */
export const DESIGN_XML_WIDTH = 320;
/** Share of the width left by the side panel that the XML pane takes in XML layout. */
const XML_LAYOUT_SHARE = 0.6;

/** The XML pane's width for a layout: Design narrow, Split the start-up width, XML most of the room. */
export function xmlWidthFor(
  layout: 'Design' | 'Split' | 'XML',
  windowWidth: number,
  widths: PaneWidths = initialPaneWidths(windowWidth),
): number {
  if (layout === 'Design') return DESIGN_XML_WIDTH;
  if (layout === 'Split') return widths.xml;
  return Math.max(widths.xml, Math.round((windowWidth - widths.side) * XML_LAYOUT_SHARE));
}
