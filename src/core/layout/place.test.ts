import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/derive.ts';
import { parseDialplan } from '../xml/parse.ts';
import { layoutWithElk } from './elk-layout.ts';
import { layoutInputOf } from './layout-input.ts';
import { placeNodes } from './place.ts';

const graph = deriveGraph(
  parseDialplan(
    '<dialplan><menu name="M"><keypress pressed="1"><goto>B</goto></keypress></menu><play name="A">a</play><play name="B">b</play></dialplan>',
  ).document,
);

describe('placeNodes', () => {
  it('lays out every node without overlaps when none has a position', () => {
    const p = placeNodes(graph, {});
    expect(Object.keys(p)).toHaveLength(3);
    const corners = Object.values(p).map((xy) => `${xy.x},${xy.y}`);
    expect(new Set(corners).size).toBe(3);
  });

  it('keeps existing positions and puts a new node next to the node that leads to it', () => {
    const p = placeNodes(graph, {
      '/dialplan/menu': { x: 0, y: 0 },
      '/dialplan/play[1]': { x: 0, y: 500 },
    });
    expect(p['/dialplan/menu']).toEqual({ x: 0, y: 0 });
    expect(p['/dialplan/play[1]']).toEqual({ x: 0, y: 500 });
    expect(p['/dialplan/play[2]']?.x).toBeGreaterThan(0);
  });
});

describe('layoutWithElk', () => {
  it('places each node above the nodes it leads to (top to bottom by default)', async () => {
    const p = await layoutWithElk(layoutInputOf(graph));
    expect(p['/dialplan/menu']!.y).toBeLessThan(p['/dialplan/play[2]']!.y);
  });

  it('places each node left of the nodes it leads to when asked to run right', async () => {
    const p = await layoutWithElk(layoutInputOf(graph), 'RIGHT');
    expect(p['/dialplan/menu']!.x).toBeLessThan(p['/dialplan/play[2]']!.x);
  });
});
