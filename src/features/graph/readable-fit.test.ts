import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM, readableViewport } from './readable-fit.ts';

const pane = { width: 680, height: 600 };
const entry = { x: 100, y: 50, width: 260, height: 120 };

describe('a readable view of the start of the call', () => {
  it('centres the first nodes when they fit at a readable zoom, never zooming in past 1:1', () => {
    const view = readableViewport({ x: 100, y: 50, width: 400, height: 300 }, entry, pane);
    expect(view.zoom).toBe(1);
    expect(view.x + 300 * view.zoom).toBe(pane.width / 2); // the box centre at the pane centre
  });

  it('shows the entry at the top-left at the readable zoom when the first nodes do not fit', () => {
    const view = readableViewport({ x: 100, y: 50, width: 3000, height: 300 }, entry, pane);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(view.x + entry.x * view.zoom).toBe(40);
    expect(view.y + entry.y * view.zoom).toBe(40);
  });
});
