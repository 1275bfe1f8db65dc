/** The graph derived from the store (memoised on the last good tree), with positions, badges and trace. */
import { useDeferredValue, useMemo, useRef } from 'react';
import type { Edge } from '@xyflow/react';
import { nodeIdOf } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import {
  countDiagnostics,
  flowEdgesOf,
  toFlowNodes,
  traceOf,
  type NodeDataCache,
} from './to-flow.ts';
import { useDerivedGraph } from './useDerivedGraph.ts';
import { placedFor } from './prewarm.ts';
import { MANY_NODES } from './big-graph.ts';

export function useGraphModel() {
  const lastGood = useStudio((s) => s.lastGood);
  const storePositions = useStudio((s) => s.positions);
  const deferredPositions = useDeferredValue(storePositions);
  const diagnostics = useStudio((s) => s.diagnostics);
  const highlight = useStudio((s) => s.highlight);
  const selectedId = useStudio((s) => s.selectedId);
  const { graph, deriving } = useDerivedGraph(lastGood);
  // A big graph takes new positions (a layout landing, Tidy) in a second, interruptible render: the
  // store's change renders synchronously, and with all its cards it took 0.1–0.27 s in one task on the
  // 2-core dev machine (issue 11 item 6).
  const positions = graph.nodes.length > MANY_NODES ? deferredPositions : storePositions;
  // Until they are in, a camera asked for (the readable view after a layout) waits for them.
  const placing = positions !== storePositions;
  const placed = useMemo(() => placedFor(graph, positions), [graph, positions]);
  const counts = useMemo(() => countDiagnostics(graph, diagnostics), [graph, diagnostics]);
  const trace = useMemo(() => traceOf(graph, highlight), [graph, highlight]);
  const cache = useRef<NodeDataCache>({ byId: new Map() });
  const nodes = useMemo(
    () => toFlowNodes(graph, placed, counts, trace, cache.current),
    [graph, placed, counts, trace],
  );
  const previousEdges = useRef<Edge[]>([]);
  const edges = useMemo(() => {
    const next = flowEdgesOf(graph, highlight, previousEdges.current);
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
    placing,
  };
}
