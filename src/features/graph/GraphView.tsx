/**
 * The graph region: React Flow over the derived graph. Positions come from the store (dragging a node
 * moves it there when the drag ends: one store change, one undo step); nodes without a position are placed
 * at once, and a document with no positions at all gets an elkjs layout from a worker (`useAutoLayout`).
 * The camera follows `core/layout/viewport.ts`: readable first (`useReadableView`).
 */
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type MouseEvent,
} from 'react';
import {
  applyNodeChanges,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import './families.css';
import type { FlowNode } from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { CanvasNotices } from './CanvasNotices.tsx';
import { DialplanNode, type DialplanFlowNode } from './DialplanNode.tsx';
import { DropHint } from './DropHint.tsx';
import { MANY_NODES } from './big-graph.ts';
import { LoopEdge } from './LoopEdge.tsx';
import { NoteEditorContext } from './note-context.ts';
import { useAutoLayout } from './useAutoLayout.ts';
import { useCanvasEditing } from './useCanvasEditing.ts';
import { useGraphModel } from './useGraphModel.ts';
import { useFollowNode, useSyncMeasure } from './useGraphEffects.ts';
import { useReadableView } from './useReadableView.ts';
import { useCulledGraph } from './useCulledGraph.ts';
import { AllNodesContext } from './all-nodes-context.ts';
import { useRefitOnLayout } from './useRefitOnLayout.ts';
import { useTheme } from '../../ui/useTheme.ts';
import { useCardFocus } from './useCardFocus.ts';
import { useActionHandler } from '../../ui/actions/handlers.ts';
import { GraphContextMenu, type GraphMenuAt } from './GraphContextMenu.tsx';

// Moving elements between branches is editing code: a lazy chunk, out of the start-up bundle.
const MoveControls = lazy(() =>
  import('./MoveControls.tsx').then((m) => ({ default: m.MoveControls })),
);
// So are the canvas's chrome (minimap, zoom controls, background) and writing a note.
const CanvasChrome = lazy(() =>
  import('./CanvasChrome.tsx').then((m) => ({ default: m.CanvasChrome })),
);
const NoteEditor = lazy(() => import('./NoteEditor.tsx').then((m) => ({ default: m.NoteEditor })));

// The legend and ghost cards of a version comparison: only loaded while a version is compared.
const GraphDiffOverlay = lazy(() => import('./GraphDiffOverlay.tsx'));

const nodeTypes = { dialplan: DialplanNode };

/** React Flow's settings for a graph that is looked at, not edited (pan and pinch-zoom on). */
const READ_ONLY_FLOW = {
  nodesDraggable: false,
  nodesConnectable: false,
  elementsSelectable: false,
  edgesReconnectable: false,
  zoomOnPinch: true,
  panOnDrag: true,
  // The cards draw their handles connectable: without these, a drag from one would still edit.
  onConnect: undefined,
  onConnectEnd: undefined,
  onReconnect: undefined,
  onDrop: undefined,
  onNodeDragStop: undefined,
} as const;
const edgeTypes = { loop: LoopEdge };

/**
 * `readOnly` (the phone's graph): pan and pinch-zoom only; nothing is dragged, connected or selected
 * by React Flow, and the editing tools (Tidy, moving elements) are not shown. A tap still selects.
 */
export function GraphView({ readOnly = false }: { readOnly?: boolean }) {
  return (
    <ReactFlowProvider>
      <GraphCanvas readOnly={readOnly} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({ readOnly }: { readOnly: boolean }) {
  const store = useStudioStore();
  // the canvas, minimap and controls in the studio's theme (React Flow's own dark colours)
  const theme = useTheme();
  const model = useGraphModel();
  const stale = useStudio((s) => s.stale);
  const comparing = useStudio((s) => s.comparison !== undefined);
  const activeDocument = useStudio((s) => s.activeId);
  const opening = useStudio((s) => s.opening);
  const [nodes, setNodes] = useState<DialplanFlowNode[]>([]);
  const [noteFor, setNoteFor] = useState<string | undefined>(undefined);
  const view = useReadableView(model.nodes, opening || model.deriving || model.placing);
  const { requestView } = view;
  const layout = useAutoLayout(model.graph, model.hasPositions, requestView);
  // The studio opened, or another document was switched to: show it readable.
  useEffect(() => requestView(), [activeDocument, requestView]);
  useRefitOnLayout(requestView);

  // New nodes are merged while rendering (not in a layout effect): a big document's nodes then arrive in
  // the same interruptible render as the rest of its graph, not in a second, synchronous one.
  const [mergedFrom, setMergedFrom] = useState<{ nodes: DialplanFlowNode[]; selected?: string }>({
    nodes: [],
  });
  if (mergedFrom.nodes !== model.nodes || mergedFrom.selected !== model.selectedNodeId) {
    setMergedFrom({ nodes: model.nodes, selected: model.selectedNodeId });
    setNodes((previous) => mergeNodes(previous, model.nodes, model.selectedNodeId));
  }
  useSyncMeasure(nodes);
  const allNodes = useCallback(() => nodes, [nodes]);
  const editing = useCanvasEditing(model.graph, allNodes);
  const { selectedEdgeId, clearEdge } = editing;
  const edges = useMemo(
    () =>
      selectedEdgeId === undefined
        ? model.edges
        : model.edges.map((e) => (e.id === selectedEdgeId ? { ...e, selected: true } : e)),
    [model.edges, selectedEdgeId],
  );
  const shownEdges = useEdgesAfterNodes(edges);
  useFollowNode(model.selectedNodeId, model.activeNodeId);
  const busy = opening || model.deriving || layout.autoLaying || layout.tidying || view.pending;
  // Decided on what is coming too: the first render of a big import still holds the old, small nodes.
  const big = Math.max(nodes.length, model.nodes.length) > MANY_NODES;
  const noteNode = model.graph.nodes.find((n) => n.id === noteFor);
  const held = useCulledGraph(nodes, shownEdges, big, model.activeNodeId);
  // One Tab stop: arrow keys move between the cards along the flow (useCardFocus.ts).
  const cards = useCardFocus(held.nodes, model.edges, model.selectedNodeId);

  // The context menus: a right-click on a card or the canvas, Shift+F10 / ContextMenu on a card.
  const [menu, setMenu] = useState<GraphMenuAt | undefined>(undefined);
  const openCardMenu = useCallback((card: HTMLElement, x?: number, y?: number) => {
    const box = card.getBoundingClientRect();
    setMenu({
      scope: 'card',
      x: x ?? box.left + Math.min(box.width / 2, 24),
      y: y ?? box.top + Math.min(box.height, 32),
      card,
      returnTo: card,
    });
  }, []);
  const onNodeContextMenu = useCallback(
    (event: MouseEvent) => {
      const card = (event.target as Element).closest<HTMLElement>('.react-flow__node');
      if (!card) return;
      event.preventDefault();
      openCardMenu(card, event.clientX, event.clientY);
    },
    [openCardMenu],
  );
  const onPaneContextMenu = useCallback((event: MouseEvent | globalThis.MouseEvent) => {
    event.preventDefault();
    const active = document.activeElement;
    const inGraph = active instanceof HTMLElement && active.closest('.graph-canvas') !== null;
    const stop = document.querySelector<HTMLElement>(
      '.graph-canvas .react-flow__node[tabindex="0"]',
    );
    setMenu({
      scope: 'canvas',
      x: event.clientX,
      y: event.clientY,
      returnTo: inGraph ? active : stop,
    });
  }, []);
  useActionHandler(
    'design.context-menu',
    (ctx) => ctx.target instanceof HTMLElement && openCardMenu(ctx.target),
  );
  useActionHandler('design.tidy', () => void layout.tidy(), !readOnly && !layout.tidying);
  useActionHandler('view.fit', view.showNow, nodes.length > 0);

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
    <div
      ref={cards.root}
      className="graph-canvas"
      aria-busy={busy}
      onKeyDown={editing.onKeyDown}
      onKeyDownCapture={cards.onKeyDownCapture}
      onFocusCapture={cards.onFocusCapture}
    >
      <NoteEditorContext.Provider value={setNoteFor}>
        <AllNodesContext.Provider value={nodes}>
          <ReactFlow
            nodes={cards.nodes}
            edges={held.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeClick={onNodeClick}
            onNodeContextMenu={onNodeContextMenu}
            onPaneContextMenu={onPaneContextMenu}
            onNodeDragStop={onNodeDragStop}
            onConnect={editing.onConnect}
            onConnectEnd={editing.onConnectEnd}
            onReconnect={editing.onReconnect}
            onEdgeClick={editing.onEdgeClick}
            onPaneClick={clearEdge}
            onDragOver={editing.onDragOver}
            onDrop={editing.onDrop}
            onDragLeave={editing.onDragLeave}
            onlyRenderVisibleElements={big}
            // Delete is handled by the canvas wrapper (never while typing in the XML pane or a field)
            deleteKeyCode={null}
            panActivationKeyCode={null}
            minZoom={0.05}
            colorMode={theme}
            {...(readOnly ? READ_ONLY_FLOW : {})}
          >
            <Suspense fallback={null}>
              <CanvasChrome onFitView={view.showNow} />
            </Suspense>
            {!readOnly && (
              <Panel position="top-left">
                <button type="button" onClick={() => void layout.tidy()} disabled={layout.tidying}>
                  {layout.tidying ? 'Tidying…' : 'Tidy'}
                </button>
              </Panel>
            )}
            <CanvasNotices
              problem={editing.problem}
              onDismiss={editing.dismissProblem}
              edgeSelected={selectedEdgeId !== undefined}
              onDeleteEdge={() =>
                selectedEdgeId !== undefined && editing.deleteEdge(selectedEdgeId)
              }
            />
            {!readOnly && (
              <Suspense fallback={null}>
                <MoveControls />
              </Suspense>
            )}
            {comparing && (
              <Suspense fallback={null}>
                <GraphDiffOverlay />
              </Suspense>
            )}
            <OpeningProgress
              step={
                opening
                  ? 'Reading the document…'
                  : model.deriving
                    ? 'Building the graph…'
                    : layout.autoLaying && big
                      ? `Arranging ${nodes.length} steps…`
                      : undefined
              }
            />
            {stale && (
              <Panel position="top-center">
                <div role="status" className="graph-stale">
                  Out of date: the XML has errors. The graph shows the last version that parsed.
                </div>
              </Panel>
            )}
            {noteFor !== undefined && (
              <Suspense fallback={null}>
                <NoteEditor
                  key={noteFor}
                  elementId={noteFor}
                  title={noteNode ? nodeTitle(noteNode) : noteFor}
                  initial={noteNode?.note ?? ''}
                  onClose={() => setNoteFor(undefined)}
                />
              </Suspense>
            )}
          </ReactFlow>
        </AllNodesContext.Provider>
      </NoteEditorContext.Provider>
      <DropHint ref={editing.dropHintRef} />
      {menu && (
        <GraphContextMenu at={menu} readOnly={readOnly} onClose={() => setMenu(undefined)} />
      )}
      <p role="status" aria-live="polite" className="dp-sr graph-focus-said">
        {cards.said}
      </p>
    </div>
  );
}

/**
 * Edges as React Flow gets them. When many new edges arrive at once (a big document opened), they
 * follow the nodes one task later: two shorter tasks instead of one long one (React Flow indexes every
 * edge's connections, then draws and measures the labels of those on screen). Edits pass at once.
 */
function useEdgesAfterNodes(edges: Edge[]): Edge[] {
  const [shown, setShown] = useState(edges);
  const many = edges.length - shown.length > MANY_NODES;
  if (!many && shown !== edges) setShown(edges);
  useEffect(() => {
    if (!many) return;
    const timer = setTimeout(() => startTransition(() => setShown(edges)), 0);
    return () => clearTimeout(timer);
  }, [edges, many]);
  return many ? shown : edges;
}

/** What a big document's open is doing, as an indeterminate progress bar with its step in words. */
function OpeningProgress({ step }: { step: string | undefined }) {
  if (step === undefined) return null;
  return (
    <Panel position="top-center">
      <div role="progressbar" aria-label="Opening the document" aria-valuetext={step}>
        <div role="status" className="graph-progress">
          {step}
        </div>
      </div>
    </Panel>
  );
}

function nodeTitle(node: FlowNode): string {
  return node.name ? `${node.tagName} ${node.name}` : node.tagName;
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
