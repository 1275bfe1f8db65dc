/**
 * What the first render of a big graph would do in one piece, done before it a slice at a time: the
 * quick placement, every card's size and handles, and the edges. React renders one component in one
 * piece, and the graph canvas's first render of the 1,000-question poll made all of these at once
 * (0.12–0.23 s in one task on the 2-core dev machine; issue 11 item 6). Each result is kept by the
 * objects it was made from, so the render finds it ready.
 */
import { graphMarks, placeNodes, type FlowGraph, type XY } from '../../core/index.ts';
import type { Highlight } from '../../store/index.ts';
import { geometryOf, prewarmFlowEdges } from './to-flow.ts';

type Positions = Readonly<Record<string, XY>>;

const placements = new WeakMap<FlowGraph, { positions: Positions; placed: Record<string, XY> }>();

/** `placeNodes`, kept for the last positions each graph was placed with. */
export function placedFor(graph: FlowGraph, positions: Positions): Record<string, XY> {
  const known = placements.get(graph);
  if (known?.positions === positions) return known.placed;
  const placed = placeNodes(graph, positions);
  placements.set(graph, { positions, placed });
  return placed;
}

/** Makes them ahead, yielding after the placement, every `perStep` cards, and the edges. */
export function* prewarmSteps(
  graph: FlowGraph,
  positions: Positions,
  highlight: Highlight,
  perStep: number,
): Generator<void, void> {
  placedFor(graph, positions);
  yield;
  const { entryId, continuing } = graphMarks(graph);
  let made = 0;
  for (const node of graph.nodes) {
    geometryOf(node, { entry: node.id === entryId, ends: !continuing.has(node.id) });
    if (++made % perStep === 0) yield;
  }
  yield;
  prewarmFlowEdges(graph, highlight);
}
