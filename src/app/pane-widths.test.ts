import { describe, expect, it } from 'vitest';
import { initialPaneWidths } from './pane-widths.ts';

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
