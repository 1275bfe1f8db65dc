import { describe, expect, it } from 'vitest';
import type { Edge } from '@xyflow/react';
import { cullGraph, cullWindow, keyToWindow, windowKey, type Camera } from './culling.ts';

/** A column of cards 100 wide and 50 high, 200 apart: card i at y = 200 i. */
const column = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    position: { x: 0, y: 200 * i },
    width: 100,
    height: 50,
  }));
const chain = (count: number): Edge[] =>
  Array.from({ length: count - 1 }, (_, i) => ({
    id: `e${i}`,
    source: `n${i}`,
    target: `n${i + 1}`,
  }));
const pane = { width: 800, height: 600 };
const at = (x: number, y: number, zoom = 1): Camera => ({ x, y, zoom, ...pane });

describe('cullWindow', () => {
  it('holds the view and at least half a pane around it, at most a pane', () => {
    for (const camera of [at(0, 0), at(-130, 270), at(-399, -299)]) {
      const w = cullWindow(camera);
      const left = -camera.x;
      const top = -camera.y;
      expect(w.x).toBeLessThanOrEqual(left - 400);
      expect(w.x).toBeGreaterThanOrEqual(left - 800);
      expect(w.y).toBeLessThanOrEqual(top - 300);
      expect(w.y).toBeGreaterThanOrEqual(top - 600);
      expect(w.x + w.width).toBeGreaterThanOrEqual(left + 800 + 400);
      expect(w.x + w.width).toBeLessThanOrEqual(left + 800 + 800);
      expect(w.y + w.height).toBeGreaterThanOrEqual(top + 600 + 300);
      expect(w.y + w.height).toBeLessThanOrEqual(top + 600 + 600);
    }
  });

  it('does not change for a small pan, and follows a long one', () => {
    expect(windowKey(at(-10, -20))).toBe(windowKey(at(-30, -40)));
    expect(windowKey(at(0, -5000))).not.toBe(windowKey(at(0, 0)));
    expect(keyToWindow(windowKey(at(-10, -20)))).toEqual(cullWindow(at(-10, -20)));
  });

  it('grows with zooming out: the same share of the canvas around the view', () => {
    expect(cullWindow(at(0, 0, 0.5)).height).toBeGreaterThan(cullWindow(at(0, 0, 1)).height);
  });
});

describe('cullGraph', () => {
  const nodes = column(100);
  const edges = chain(100);

  it('keeps the cards near the view, the far end of their edges and the outermost cards', () => {
    const held = cullGraph(nodes, edges, { x: 0, y: 0, width: 800, height: 450 }, undefined);
    // n0..n2 inside (y 0, 200, 400), n3 the end of n2's edge, n99 the lowest card
    expect(held.nodes.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n99']);
    expect(held.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'e2']);
  });

  it('keeps the selected card and the one a call is at, wherever they are', () => {
    const picked = nodes.map((n) => (n.id === 'n50' ? { ...n, selected: true } : n));
    const held = cullGraph(picked, edges, { x: 0, y: 0, width: 800, height: 100 }, 'n70');
    expect(held.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['n50', 'n70', 'n49', 'n71']),
    );
    expect(held.nodes.length).toBeLessThan(12);
  });

  it('a goto to a far card keeps that card, so its edge is drawn', () => {
    const jump: Edge = { id: 'back', source: 'n1', target: 'n80' };
    const held = cullGraph(
      nodes,
      [...edges, jump],
      { x: 0, y: 0, width: 800, height: 250 },
      undefined,
    );
    expect(held.nodes.map((n) => n.id)).toContain('n80');
    expect(held.edges.map((e) => e.id)).toContain('back');
  });
});
