import { describe, expect, it } from 'vitest';
import { cardOf, deriveGraph, parseDialplan, placeNodes } from '../../core/index.ts';
import { generatePoll } from '../../../bench/gen-poll.ts';
import type { Highlight } from '../../store/index.ts';
import { placedFor, prewarmSteps } from './prewarm.ts';
import { flowEdgesOf, geometryOf, toFlowEdges } from './to-flow.ts';

const graph = deriveGraph(parseDialplan(generatePoll(20)).document);
const highlight: Highlight = { visitedIds: [], activeId: undefined };

describe('prewarming a big graph', () => {
  it('makes, a step at a time, the placement, the geometries and the edges its render reads', () => {
    const positions = {};
    const steps = [...prewarmSteps(graph, positions, highlight, 5)];
    // one step after the placement, one per 5 cards, one before the edges
    expect(steps.length).toBe(2 + Math.floor(graph.nodes.length / 5));
    const placed = placedFor(graph, positions);
    expect(placedFor(graph, positions)).toBe(placed);
    expect(placed).toEqual(placeNodes(graph, positions));
    const edges = flowEdgesOf(graph, highlight, []);
    expect(flowEdgesOf(graph, highlight, [])).toBe(edges);
    expect(edges).toEqual(toFlowEdges(graph, highlight, []));
  });

  it('makes them again for other positions or another highlight', () => {
    Array.from(prewarmSteps(graph, {}, highlight, 50));
    const moved = { [graph.nodes[0]!.id]: { x: 500, y: 500 } };
    expect(placedFor(graph, moved)[graph.nodes[0]!.id]).toEqual({ x: 500, y: 500 });
    const other: Highlight = { visitedIds: [], activeId: graph.nodes[1]!.id };
    expect(flowEdgesOf(graph, other, [])).not.toBe(flowEdgesOf(graph, highlight, []));
  });

  it('a card and its geometry are made once per node and marks', () => {
    const node = graph.nodes[1]!;
    const marks = { entry: false, ends: false };
    expect(cardOf(node, marks)).toBe(cardOf(node, { ...marks }));
    expect(cardOf(node, { entry: true, ends: false })).not.toBe(cardOf(node, marks));
    expect(cardOf(node, { entry: true, ends: false }).height).toBeGreaterThan(
      cardOf(node, marks).height,
    );
    expect(geometryOf(node, marks)).toBe(geometryOf(node, { ...marks }));
  });
});
