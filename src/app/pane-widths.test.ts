import { describe, expect, it } from 'vitest';
import { DESIGN_XML_WIDTH, initialPaneWidths, xmlWidthFor } from './pane-widths.ts';

describe('initialPaneWidths', () => {
  it('gives the graph at least 600 px on a 1366 px laptop screen (palette folded, 12 px of splitters)', () => {
    const { xml, side, paletteOpen } = initialPaneWidths(1366);
    expect(paletteOpen).toBe(false);
    const foldedPalette = 32;
    expect(1366 - foldedPalette - xml - side - 12).toBeGreaterThanOrEqual(600);
  });

  it('keeps the roomy layout, palette open, on a wide screen', () => {
    expect(initialPaneWidths(1920)).toEqual({ xml: 440, side: 340, paletteOpen: true });
  });
});

describe('xmlWidthFor', () => {
  it('Design keeps the XML narrow, Split uses the start-up width, XML gives the text most room', () => {
    expect(xmlWidthFor('Design', 1366)).toBe(DESIGN_XML_WIDTH);
    expect(xmlWidthFor('Split', 1366)).toBe(360);
    expect(xmlWidthFor('Split', 1920)).toBe(440);
    expect(xmlWidthFor('XML', 1366)).toBe(640); // (1366 − 300) × 0.6
    expect(xmlWidthFor('XML', 1920)).toBe(948); // (1920 − 340) × 0.6
  });

  it('never makes the XML pane narrower in XML layout than in Split', () => {
    expect(xmlWidthFor('XML', 800)).toBe(360);
  });
});
