/**
 * What a palette drag is over, read from the canvas DOM: a node's branch output (its element id), a node
 * (React Flow's `data-id`, the element id), or empty canvas at a flow point. core/edit/drop-placement
 * turns it into a place in the text.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { DropTarget } from '../../core/index.ts';

type Flow = Pick<ReactFlowInstance, 'getNodes' | 'screenToFlowPosition'>;

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
