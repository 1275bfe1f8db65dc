import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clampToViewport } from './ContextMenu.tsx';

describe('clampToViewport', () => {
  it('keeps a menu that fits where it was opened', () => {
    expect(clampToViewport({ x: 100, y: 50 }, { width: 200, height: 300 }, VIEW)).toEqual({
      x: 100,
      y: 50,
    });
  });

  it('moves a menu opened near the bottom-right corner back in (390×844)', () => {
    expect(clampToViewport({ x: 380, y: 830 }, { width: 240, height: 220 }, PHONE)).toEqual({
      x: 390 - 240 - 8,
      y: 844 - 220 - 8,
    });
  });

  it('for every opening point and menu that fits the viewport, the menu is inside it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 3000 }),
        fc.integer({ min: -500, max: 3000 }),
        fc.integer({ min: 1, max: 1366 - 16 }),
        fc.integer({ min: 1, max: 768 - 16 }),
        (x, y, width, height) => {
          const at = clampToViewport({ x, y }, { width, height }, VIEW);
          expect(at.x).toBeGreaterThanOrEqual(0);
          expect(at.y).toBeGreaterThanOrEqual(0);
          expect(at.x + width).toBeLessThanOrEqual(VIEW.width);
          expect(at.y + height).toBeLessThanOrEqual(VIEW.height);
        },
      ),
    );
  });
});

const VIEW = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
