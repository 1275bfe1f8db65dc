import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/derive.ts';
import { estimateNodeSize, graphMarks } from '../graph/size.ts';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { boxesMeet, freeSpot, type Box } from './free-spot.ts';
import { layeredLayout, placeNodes } from './place.ts';

describe('freeSpot', () => {
  const card = { width: 200, height: 100 };
  it('keeps a free place, else moves to the nearer free place below or right', () => {
    expect(freeSpot({ x: 0, y: 0 }, card, [{ x: 500, y: 0, ...card }])).toEqual({ x: 0, y: 0 });
    // a wide card in the way: right is nearer than below
    const tall: Box = { x: 100, y: -500, width: 50, height: 1000 };
    expect(freeSpot({ x: 0, y: 0 }, card, [tall])).toEqual({ x: 174, y: 0 });
    // a stack: below it
    const wide: Box = { x: -500, y: 50, width: 2000, height: 100 };
    expect(freeSpot({ x: 0, y: 0 }, card, [wide])).toEqual({ x: 0, y: 174 });
  });

  it('takes only the width and height of a size that is a whole box (seed -1277527066)', () => {
    const taken: Box[] = [
      { x: 28, y: 0, width: 10, height: 10 },
      { x: 0, y: 0, width: 10, height: 10 },
    ];
    const want: Box = { x: -6, y: -7, width: 10, height: 10 };
    const at = freeSpot(want, want, taken);
    expect(taken.some((t) => boxesMeet({ ...at, width: 10, height: 10 }, t))).toBe(false);
  });

  it('property: the place found meets no box', () => {
    const box = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 10, max: 600 }),
      height: fc.integer({ min: 10, max: 600 }),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), box, (taken, want) => {
        const at = freeSpot(want, want, taken);
        expect(
          taken.some((t) => boxesMeet({ ...at, width: want.width, height: want.height }, t)),
        ).toBe(false);
      }),
    );
  });
});

describe('placeNodes: new cards never cover placed ones', () => {
  it('property: on the corpus, with any cards unplaced, the new ones meet no other card', () => {
    const graphs = FIXTURE_TEXTS.slice(0, 20).map((t) => deriveGraph(parseDialplan(t).document));
    fc.assert(
      fc.property(
        fc.nat({ max: graphs.length - 1 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }),
        (g, keep) => {
          const graph = graphs[g]!;
          const laid = layeredLayout(graph);
          const positions = Object.fromEntries(
            graph.nodes.filter((_, i) => keep[i % keep.length]).map((n) => [n.id, laid[n.id]!]),
          );
          if (Object.keys(positions).length === 0) return;
          const placed = placeNodes(graph, positions);
          const marks = graphMarks(graph);
          const box = (id: string) => ({
            ...placed[id]!,
            ...estimateNodeSize(
              graph.nodes.find((n) => n.id === id)!,
              marks,
            ),
          });
          for (const [id, xy] of Object.entries(positions)) expect(placed[id]).toEqual(xy);
          const fresh = graph.nodes.filter((n) => !positions[n.id]).map((n) => n.id);
          for (const id of fresh)
            for (const other of graph.nodes)
              if (other.id !== id)
                expect(boxesMeet(box(id), box(other.id), 0), `${id} / ${other.id}`).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
