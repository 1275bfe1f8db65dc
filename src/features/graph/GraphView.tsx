/**
 * The graph region: React Flow over the derived graph. Positions come from the store (dragging a node
 * moves it there when the drag ends: one store change, one undo step); nodes without a position are placed
 * at once, and a document with no positions at all gets an elkjs layout from a worker.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react';
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import { layoutInputOf, type FlowGraph } from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { CanvasNotices } from './CanvasNotices.tsx';
import { DialplanNode, type DialplanFlowNode } from './DialplanNode.tsx';
import { useCanvasEditing } from './useCanvasEditing.ts';
import { layoutInWorker } from './layout-client.ts';
import { useGraphModel } from './useGraphModel.ts';
import { useFollowNode, useSyncMeasure } from './useGraphEffects.ts';
import { useEnterOpensInspector } from '../keyboard/useEnterOpensInspector.ts';

// Moving elements between branches is editing code: a lazy chunk, out of the start-up bundle.
const MoveControls = lazy(() =>
  import('./MoveControls.tsx').then((m) => ({ default: m.MoveControls })),
);

const nodeTypes = { dialplan: DialplanNode };
const FIT_FIRST_NODES = 12;

const MINIMAP_SIZE = { width: 150, height: 100 };

export function GraphView() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}

/** Fit the first nodes (the start of the call), never zoomed in past 1:1. */
function fitOptionsOf(graph: FlowGraph) {
  return { nodes: graph.nodes.slice(0, FIT_FIRST_NODES).map((n) => ({ id: n.id })), maxZoom: 1 };
}

function GraphCanvas() {
  const store = useStudioStore();
  const flow = useReactFlow<DialplanFlowNode>();
  const model = useGraphModel();
  const stale = useStudio((s) => s.stale);
  const [nodes, setNodes] = useState<DialplanFlowNode[]>([]);
  const [tidying, setTidying] = useState(false);
  // While a layout runs, nodes are about to move: the canvas says so (aria-busy), for people and tests.
  const [autoLaying, setAutoLaying] = useState(false);
  // Fit the first nodes in view when the studio opens on a document; on an empty one, the first node
  // comes from a palette drop and must stay where it was dropped.
  const [fitOnOpen] = useState(() => model.graph.nodes.length > 0);
  const fitOptions = useMemo(() => fitOptionsOf(model.graph), [model.graph]);

  useLayoutEffect(() => {
    setNodes((previous) => mergeNodes(previous, model.nodes, model.selectedNodeId));
  }, [model.nodes, model.selectedNodeId]);
  useSyncMeasure(nodes);
  const editing = useCanvasEditing(model.graph);
  const { selectedEdgeId, clearEdge } = editing;
  const edges = useMemo(
    () =>
      selectedEdgeId === undefined
        ? model.edges
        : model.edges.map((e) => (e.id === selectedEdgeId ? { ...e, selected: true } : e)),
    [model.edges, selectedEdgeId],
  );
  useFollowNode(model.selectedNodeId, model.activeNodeId);
  useEnterOpensInspector();

  const tidy = useCallback(async () => {
    setTidying(true);
    const laidOut = store.getState().lastGood;
    try {
      const positions = await layoutInWorker(layoutInputOf(model.graph));
      // An edit made while the layout ran has other elements: its layout would misplace them.
      if (store.getState().lastGood === laidOut) store.getState().setPositions(positions, true);
    } finally {
      setTidying(false);
    }
  }, [model.graph, store]);

  const autoLaid = useRef(false);
  useEffect(() => {
    // Once laid out, the next document without positions (another one opened) gets its own layout.
    if (model.hasPositions) autoLaid.current = false;
    if (model.hasPositions || autoLaid.current || model.graph.nodes.length === 0) return;
    autoLaid.current = true;
    setAutoLaying(true);
    const laidOut = layoutInWorker(layoutInputOf(model.graph));
    laidOut.catch(() => setAutoLaying(false)); // the quick placement stays
    void laidOut.then((positions) => {
      const current = store.getState().positions;
      if (Object.keys(current).length > 0) return setAutoLaying(false);
      store.getState().setAutoLayout(positions);
      // The fit on open saw the quick first layout; elk's moved every node, so fit again once React
      // Flow has them (two frames: the store update, then React Flow's measure).
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          void flow.fitView(fitOptionsOf(model.graph));
          setAutoLaying(false);
        }),
      );
    });
  }, [flow, model.graph, model.hasPositions, store]);

  const onNodesChange = useCallback(
    (changes: NodeChange<DialplanFlowNode>[]) => setNodes((n) => applyNodeChanges(changes, n)),
    [],
  );
  const onNodeClick = useCallback(
    (event: MouseEvent, node: DialplanFlowNode) => {
      const target = (event.target as Element).closest('[data-element-id]');
      store.getState().select(target?.getAttribute('data-element-id') ?? node.id, 'graph');
      clearEdge();
    },
    [store, clearEdge],
  );
  const onNodeDragStop = useCallback(
    (_: unknown, _node: DialplanFlowNode, dragged: DialplanFlowNode[]) => {
      const positions: Record<string, { x: number; y: number }> = {};
      for (const n of dragged) positions[n.id] = n.position;
      store.getState().setPositions(positions);
    },
    [store],
  );

  return (
    <div className="graph-canvas" aria-busy={autoLaying || tidying} onKeyDown={editing.onKeyDown}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeDragStop={onNodeDragStop}
        onConnect={editing.onConnect}
        onConnectEnd={editing.onConnectEnd}
        onReconnect={editing.onReconnect}
        onEdgeClick={editing.onEdgeClick}
        onPaneClick={clearEdge}
        onDragOver={editing.onDragOver}
        onDrop={editing.onDrop}
        onDragLeave={editing.onDragLeave}
        onlyRenderVisibleElements
        // Delete is handled by the canvas wrapper (never while typing in the XML pane or a field)
        deleteKeyCode={null}
        panActivationKeyCode={null}
        minZoom={0.05}
        fitView={fitOnOpen}
        fitViewOptions={fitOptions}
      >
        <Background />
        {/* Smaller than React Flow's 200×150: on a laptop screen that covered a third of the graph. */}
        <MiniMap pannable zoomable ariaLabel="Mini map" style={MINIMAP_SIZE} />
        <Controls />
        <Panel position="top-left">
          <button type="button" onClick={() => void tidy()} disabled={tidying}>
            {tidying ? 'Tidying…' : 'Tidy'}
          </button>
        </Panel>
        <CanvasNotices
          problem={editing.problem}
          onDismiss={editing.dismissProblem}
          edgeSelected={selectedEdgeId !== undefined}
          onDeleteEdge={() => selectedEdgeId !== undefined && editing.deleteEdge(selectedEdgeId)}
        />
        <Suspense fallback={null}>
          <MoveControls />
        </Suspense>
        {stale && (
          <Panel position="top-center">
            <div role="status" className="graph-stale">
              Out of date: the XML has errors. The graph shows the last version that parsed.
            </div>
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}

/** Keeps React Flow's measurements of nodes whose content and place did not change. */
function mergeNodes(
  previous: DialplanFlowNode[],
  next: DialplanFlowNode[],
  selectedId: string | undefined,
): DialplanFlowNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const old = byId.get(n.id);
    const selected = n.id === selectedId;
    if (!old || old.data !== n.data) return { ...n, selected };
    const samePlace = old.position.x === n.position.x && old.position.y === n.position.y;
    if (samePlace && old.selected === selected) return old;
    return { ...n, selected, ...(old.measured ? { measured: old.measured } : {}) };
  });
}
