/** The part of a graph that layout needs, small enough to post to a worker. */
import { estimateNodeSize, graphMarks } from '../graph/size.ts';
import type { FlowGraph } from '../graph/types.ts';

/** What the layout needs of a graph: ids, sizes and connections (small enough to post to a worker). */
export interface LayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { source: string; target: string }[];
}

export function layoutInputOf(graph: FlowGraph): LayoutInput {
  const marks = graphMarks(graph);
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, ...estimateNodeSize(n, marks) })),
    edges: graph.edges
      .filter((e) => e.source !== e.target)
      .map((e) => ({ source: e.source, target: e.target })),
  };
}
