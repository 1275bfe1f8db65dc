/** The graph derived from the store (memoised on the last good tree), with positions, badges and trace. */
import { useMemo, useRef } from 'react';
import type { Edge } from '@xyflow/react';
import { nodeIdOf, placeNodes } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import {
  countDiagnostics,
  toFlowEdges,
  toFlowNodes,
  traceOf,
  type NodeDataCache,
} from './to-flow.ts';
import { useDerivedGraph } from './useDerivedGraph.ts';

export function useGraphModel() {
  const lastGood = useStudio((s) => s.lastGood);
  const positions = useStudio((s) => s.positions);
  const diagnostics = useStudio((s) => s.diagnostics);
  const highlight = useStudio((s) => s.highlight);
  const selectedId = useStudio((s) => s.selectedId);
  const { graph, deriving } = useDerivedGraph(lastGood);
  const placed = useMemo(() => placeNodes(graph, positions), [graph, positions]);
  const counts = useMemo(() => countDiagnostics(graph, diagnostics), [graph, diagnostics]);
  const trace = useMemo(() => traceOf(graph, highlight), [graph, highlight]);
  const cache = useRef<NodeDataCache>({ byId: new Map() });
  const nodes = useMemo(
    () => toFlowNodes(graph, placed, counts, trace, cache.current),
    [graph, placed, counts, trace],
  );
  const previousEdges = useRef<Edge[]>([]);
  const edges = useMemo(() => {
    const next = toFlowEdges(graph, highlight, previousEdges.current);
    previousEdges.current = next;
    return next;
  }, [graph, highlight]);
  const selectedNodeId = selectedId === undefined ? undefined : nodeIdOf(graph, selectedId);
  const hasPositions = graph.nodes.some((n) => positions[n.id] !== undefined);
  return {
    graph,
    nodes,
    edges,
    selectedNodeId,
    activeNodeId: trace.active,
    hasPositions,
    deriving,
  };
}
