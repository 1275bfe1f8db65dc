import { describe, expect, it } from 'vitest';
import { FRAME, READABLE_TEXT_PX, READABLE_ZOOM, readableViewport, type Rect } from './viewport.ts';
import { CARD_MIN_FONT_PX } from './viewport.ts';

const card = (x: number, y: number, height = 200): Rect => ({ x, y, width: 280, height });
const pane = { width: 664, height: 735 };

/** Where a canvas rectangle lands on screen under a viewport. */
const onScreen = (r: Rect, v: { x: number; y: number; zoom: number }) => ({
  left: v.x + r.x * v.zoom,
  top: v.y + r.y * v.zoom,
  right: v.x + (r.x + r.width) * v.zoom,
  bottom: v.y + (r.y + r.height) * v.zoom,
});

describe('readableViewport', () => {
  it('makes the smallest card text at least 11 px on screen', () => {
    expect(CARD_MIN_FONT_PX * READABLE_ZOOM).toBeGreaterThanOrEqual(READABLE_TEXT_PX);
  });

  it('shows the whole flow, centred and inside the frame, when it fits readable', () => {
    const cards = [card(0, 0), card(0, 240), card(376, 0)];
    const view = readableViewport(cards, cards[0], pane);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(1);
    for (const r of cards.map((c) => onScreen(c, view))) {
      expect(r.left).toBeGreaterThanOrEqual(FRAME.left - 0.01);
      expect(r.top).toBeGreaterThanOrEqual(FRAME.top - 0.01);
      expect(r.right).toBeLessThanOrEqual(pane.width - FRAME.right + 0.01);
      expect(r.bottom).toBeLessThanOrEqual(pane.height - FRAME.bottom + 0.01);
    }
  });

  it('never zooms a tiny flow past 1:1', () => {
    expect(readableViewport([card(0, 0, 60)], undefined, pane).zoom).toBe(1);
  });

  it('starts at the entry, readable, when the flow is too big to fit', () => {
    const cards = Array.from({ length: 100 }, (_, i) =>
      card((i % 3) * 320, Math.floor(i / 3) * 240),
    );
    const entry = cards[1]!;
    const view = readableViewport(cards, entry, pane);
    expect(view.zoom).toBeCloseTo(READABLE_ZOOM);
    const shown = onScreen(entry, view);
    expect(shown.top).toBeCloseTo(FRAME.top);
    expect(shown.left).toBeGreaterThanOrEqual(0);
    expect(shown.right).toBeLessThanOrEqual(pane.width);
  });

  it('does not pan past the flow’s left edge to centre an entry at its side', () => {
    const cards = Array.from({ length: 60 }, (_, i) =>
      card((i % 6) * 320, Math.floor(i / 6) * 240),
    );
    const view = readableViewport(cards, cards[0], pane);
    expect(onScreen(cards[0]!, view).left).toBeCloseTo(FRAME.left);
  });
});
