/**
 * Every card of the graph, for the parts that show the whole of it (the minimap): React Flow holds only
 * those near the camera when the graph is big (culling.ts).
 */
import { createContext, useContext } from 'react';
import type { DialplanFlowNode } from './DialplanNode.tsx';

export const AllNodesContext = createContext<readonly DialplanFlowNode[]>([]);

export function useAllNodes(): readonly DialplanFlowNode[] {
  return useContext(AllNodesContext);
}
