/**
 * What a palette drag is over, read from the canvas DOM: a node's branch output (its element id), a node
 * (React Flow's `data-id`, the element id), or empty canvas at a flow point; core/edit/drop-placement
 * turns it into a place in the text, and `planInWords` into the hint. Part of the lazy edit-ops chunk.
 */
import type { Node, ReactFlowInstance } from '@xyflow/react';
import {
  describeDrop,
  EditError,
  planDrop,
  type DialplanDocument,
  type DropTarget,
  type PaletteItem,
} from '../../core/index.ts';

/** Every card (not only those React Flow holds near the camera) and the screen-to-canvas mapping. */
type Flow = Pick<ReactFlowInstance, 'screenToFlowPosition'> & { getNodes: () => readonly Node[] };

/** The branch output (of a node) an element is in, if any. */
export function branchOutputAt(target: EventTarget | null): Element | undefined {
  return target instanceof Element ? (target.closest('.dp-output') ?? undefined) : undefined;
}

export function dropTargetAt(
  flow: Flow,
  target: EventTarget | null,
  client: { x: number; y: number },
): DropTarget {
  const branchId = branchOutputAt(target)?.getAttribute('data-element-id');
  if (branchId) return { on: 'branch', branchId };
  const nodeId =
    target instanceof Element
      ? target.closest('.react-flow__node')?.getAttribute('data-id')
      : undefined;
  if (nodeId) return { on: 'node', nodeId };
  const nodes = flow.getNodes().map((n) => ({
    id: n.id,
    position: n.position,
    width: n.measured?.width,
    height: n.measured?.height,
  }));
  return { on: 'canvas', point: flow.screenToFlowPosition(client), nodes };
}

/** The drop hint's words for a target: where the item goes, or why it cannot go there. */
export function planInWords(
  doc: DialplanDocument,
  target: DropTarget,
  item: PaletteItem,
): { text: string; ok: boolean } {
  try {
    const plan = planDrop(doc, target, item.kind, item.label);
    return { text: describeDrop(plan), ok: plan.reachable };
  } catch (error) {
    if (error instanceof EditError) return { text: error.message, ok: false };
    throw error;
  }
}
