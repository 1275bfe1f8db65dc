import { describe, expect, it } from 'vitest';
import { paletteInitiallyOpen } from './pane-widths.ts';

describe('paletteInitiallyOpen', () => {
  it('folds the palette on a laptop screen and opens it on a wide one', () => {
    expect(paletteInitiallyOpen(1366)).toBe(false);
    expect(paletteInitiallyOpen(1440)).toBe(false);
    expect(paletteInitiallyOpen(1920)).toBe(true);
  });
});
