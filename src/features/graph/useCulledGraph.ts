/** A big graph's nodes and edges near the camera (culling.ts); a small graph's, all of them. */
import { useMemo } from 'react';
import { useStore, type Edge, type ReactFlowState } from '@xyflow/react';
import { cullGraph, keyToWindow, windowKey } from './culling.ts';
import type { DialplanFlowNode } from './DialplanNode.tsx';

const NO_WINDOW = '';

export function useCulledGraph(
  nodes: DialplanFlowNode[],
  edges: Edge[],
  big: boolean,
  keep: string | undefined,
): { nodes: DialplanFlowNode[]; edges: Edge[] } {
  // a string: React Flow's store re-renders only when the window itself changes
  const key = useStore((s: ReactFlowState) =>
    big && s.width > 0 && s.height > 0
      ? windowKey({
          x: s.transform[0],
          y: s.transform[1],
          zoom: s.transform[2],
          width: s.width,
          height: s.height,
        })
      : NO_WINDOW,
  );
  return useMemo(
    () => (key === NO_WINDOW ? { nodes, edges } : cullGraph(nodes, edges, keyToWindow(key), keep)),
    [nodes, edges, key, keep],
  );
}
