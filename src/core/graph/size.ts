/**
 * The size a node is drawn at, computed from its content (see `card.ts`): the layout needs sizes before
 * anything is rendered, and the card component sets the same height, so what is laid out is what is drawn.
 */
import { CARD, cardOf } from './card.ts';
import type { FlowGraph, FlowNode } from './types.ts';

export const NODE_WIDTH = CARD.width;

/** Where the call starts, and which nodes end it (no arrow leaves them). */
export interface GraphMarks {
  entryId: string | undefined;
  /** Ids of nodes some edge leaves. */
  continuing: ReadonlySet<string>;
}

export function graphMarks(graph: FlowGraph): GraphMarks {
  return { entryId: graph.nodes[0]?.id, continuing: new Set(graph.edges.map((e) => e.source)) };
}

export function estimateNodeSize(
  node: FlowNode,
  marks?: GraphMarks,
): { width: number; height: number } {
  const card = cardOf(node, {
    entry: marks?.entryId === node.id,
    ends: marks !== undefined && !marks.continuing.has(node.id),
  });
  return { width: CARD.width, height: card.height };
}
