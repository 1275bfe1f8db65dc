/**
 * The size a node is drawn at, computed from its content: the layout needs sizes before anything is
 * rendered, and the node component uses the same constants, so what is laid out is what is drawn.
 */
import type { FlowNode } from './types.ts';

export const NODE_WIDTH = 260;
export const HEADER_HEIGHT = 46;
export const LINE_HEIGHT = 18;
export const OUTPUT_LABEL_HEIGHT = 22;

export function estimateNodeSize(node: FlowNode): { width: number; height: number } {
  let height = HEADER_HEIGHT + node.body.length * LINE_HEIGHT;
  for (const output of node.outputs)
    height += OUTPUT_LABEL_HEIGHT + output.actions.length * LINE_HEIGHT;
  return { width: NODE_WIDTH, height: height + 8 };
}
