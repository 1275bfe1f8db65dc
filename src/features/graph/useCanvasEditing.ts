/**
 * Editing on the canvas: palette drops, dragged connections, edge and node deletion. Every gesture is
 * one edit operation applied through the store (one undo step); a refused one comes back as `problem`.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
} from 'react';
import { useReactFlow, type Connection, type Edge, type FinalConnectionState } from '@xyflow/react';
import {
  EditError,
  type DropPlan,
  type DropTarget,
  type EditResult,
  type FlowGraph,
  type XY,
} from '../../core/index.ts';
import { runEdit, useStudioStore, type EditOperation } from '../../store/index.ts';
import { draggedPaletteItem, PALETTE_MIME, paletteItemOfDrop } from '../../ui/palette-drag.ts';
import type { DropHintHandle } from './DropHint.tsx';
import type { DialplanFlowNode } from './DialplanNode.tsx';
import { loadedEditOps, loadEditOps, withEditOps, type EditOps } from './edit-ops.ts';
import { isTypingTarget } from '../../ui/typing-target.ts';
import { actionById, isEnabled } from '../../ui/actions/action-list.ts';

/** Space between a node and the goto node a "next" connection adds under it. */
const GOTO_GAP = 30;

/** @param allNodes every card (React Flow holds only those near the camera in a big graph) */
export function useCanvasEditing(graph: FlowGraph, allNodes: () => readonly DialplanFlowNode[]) {
  const store = useStudioStore();
  // fetched a task after the canvas's first effects (which run in one task), not among them
  useEffect(() => {
    const timer = setTimeout(() => void loadEditOps(), 0);
    return () => clearTimeout(timer);
  }, []);
  const flow = useReactFlow();
  // a drop on the canvas goes after the card it follows, wherever that card is
  const placed = useMemo(
    () => ({ getNodes: allNodes, screenToFlowPosition: flow.screenToFlowPosition }),
    [allNodes, flow],
  );
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // an edge id is only meaningful in the graph it was selected in: any edit forgets the selection
  const [selectedEdge, setSelectedEdge] = useState<{ graph: FlowGraph; id: string }>();
  const selectedEdgeId = selectedEdge?.graph === graph ? selectedEdge.id : undefined;

  const run = useCallback(
    (label: string, operation: EditOperation) => {
      const error = runEdit(store.getState(), label, operation, 'graph');
      setProblem(error);
      return error === undefined;
    },
    [store],
  );

  const hint = useRef<DropHintHandle>(null);

  /** Where the dragged item would go, said beside the pointer before the user lets go. */
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      const ops = loadedEditOps();
      markDropTarget(ops?.branchOutputAt(event.target));
      const item = ops?.paletteItem(draggedPaletteItem(event.dataTransfer) ?? '');
      if (!ops || !item) return;
      const box = event.currentTarget.getBoundingClientRect();
      const target = ops.dropTargetAt(placed, event.target, { x: event.clientX, y: event.clientY });
      const { text, ok } = ops.planInWords(store.getState().lastGood, target, item);
      hint.current?.show({ text, ok, x: event.clientX - box.left, y: event.clientY - box.top });
    },
    [placed, store],
  );

  const dropItem = useCallback(
    (ops: EditOps, itemId: string, target: DropTarget, point: XY) => {
      const item = ops.paletteItem(itemId);
      if (!item) return;
      const { dropPositions, insertJoined, paletteSnippet } = ops;
      const state = store.getState();
      // the insert and the new nodes' places are one user action: one undo step
      state.beginGesture();
      try {
        let inserted: EditResult | undefined;
        let plan: DropPlan | undefined;
        const made = run(`Insert ${item.label}`, (doc) => {
          plan = ops.planDrop(doc, target, item.kind, item.label);
          // it takes over where the element before it went (core/edit/join.ts)
          inserted = insertJoined(
            doc,
            (d, next) => paletteSnippet(d, item.id, next),
            plan.placement,
          );
          return inserted;
        });
        if (made && inserted?.focusOffset !== undefined) {
          const length = inserted.patches.reduce((m, p) => Math.max(m, p.insert.length), 0);
          const { lastGood, setPositions } = store.getState();
          // not on top of a card: the drawn ones as measured, the new ones as estimated
          const taken = allNodes().map((n) => ({
            ...n.position,
            width: n.measured?.width ?? n.width ?? 0,
            height: n.measured?.height ?? n.height ?? 0,
          }));
          const graph = ops.deriveGraph(lastGood);
          const marks = ops.graphMarks(graph);
          const sizeOf = (id: string) => {
            const node = graph.nodes.find((n) => n.id === id);
            return node && ops.estimateNodeSize(node, marks);
          };
          setPositions(dropPositions(lastGood, inserted.focusOffset, length, point, taken, sizeOf));
        }
        // an element no call reaches is made only with the user told so
        if (made && plan && !plan.reachable)
          setProblem(`${item.label} added ${plan.where}. Connect a goto to it, or move it.`);
      } finally {
        store.getState().endGesture();
      }
    },
    [allNodes, run, store],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const itemId = paletteItemOfDrop(event.dataTransfer);
      if (itemId === undefined) return;
      event.preventDefault();
      markDropTarget(undefined);
      hint.current?.show(undefined);
      const client = { x: event.clientX, y: event.clientY };
      const over = event.target;
      const point = flow.screenToFlowPosition(client);
      withEditOps((ops) => dropItem(ops, itemId, ops.dropTargetAt(placed, over, client), point));
    },
    [dropItem, flow, placed],
  );

  const onDragLeave = useCallback((event: DragEvent) => {
    const into = event.relatedTarget;
    if (into instanceof Node && event.currentTarget.contains(into)) return;
    markDropTarget(undefined);
    hint.current?.show(undefined);
  }, []);

  const connect = useCallback(
    (ops: EditOps, connection: Connection) => {
      const { connectionSourceOf, connectToElement } = ops;
      const { sourceId, port } = (() => {
        try {
          return connectionSourceOf(graph, connection.source, connection.sourceHandle);
        } catch (error) {
          if (error instanceof EditError) setProblem(error.message);
          return { sourceId: undefined, port: undefined };
        }
      })();
      if (sourceId === undefined) return;
      const state = store.getState();
      // a new goto after a node is a node of its own: it goes right under its source, same undo step
      state.beginGesture();
      try {
        let made: EditResult | undefined;
        const done = run('Connect', (doc) => {
          made = connectToElement(doc, sourceId, connection.target, port);
          return made;
        });
        const after = store.getState();
        const added = after.selectedId;
        const source = flow.getInternalNode(connection.source);
        const inserted = done && made?.focusOffset !== undefined;
        if (port === 'next' && inserted && added !== undefined && source) {
          const { x, y } = source.internals.positionAbsolute;
          const height = source.measured.height ?? 60;
          after.setPositions({ [added]: { x, y: y + height + GOTO_GAP } });
        }
      } finally {
        store.getState().endGesture();
      }
    },
    [flow, graph, run, store],
  );

  const onConnect = useCallback(
    (connection: Connection) => withEditOps((ops) => connect(ops, connection)),
    [connect],
  );

  /** Dragging an edge's end to another node: that branch (or next) goes there instead. */
  const onReconnect = useCallback(
    (_: Edge, connection: Connection) => onConnect(connection),
    [onConnect],
  );

  /** A connection let go over a node's body (not on its input handle) still connects to that node. */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode || state.fromHandle?.type !== 'source') return;
      const over =
        event.target instanceof Element ? event.target.closest('.react-flow__node') : null;
      const target = over?.getAttribute('data-id');
      if (!target || target === state.fromNode.id) return;
      onConnect({
        source: state.fromNode.id,
        sourceHandle: state.fromHandle.id ?? null,
        target,
        targetHandle: null,
      });
    },
    [onConnect],
  );

  const deleteEdge = useCallback(
    (edgeId: string) => {
      const edge = graph.edges.find((e) => e.id === edgeId);
      if (!edge) return;
      withEditOps((ops) => run('Delete connection', (doc) => ops.edgeRemoval(doc, graph, edge)));
    },
    [graph, run],
  );

  const onEdgeClick = useCallback(
    (_: unknown, edge: Edge) => setSelectedEdge({ graph, id: edge.id }),
    [graph],
  );
  const clearEdge = useCallback(() => setSelectedEdge(undefined), []);

  /** Delete/Backspace on the canvas: the selected connection, else the selected element. */
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      if (selectedEdgeId !== undefined) return deleteEdge(selectedEdgeId);
      // The focused card (the graph is one Tab stop, focus need not be on the selection), else the
      // selection: the registry's Delete, as the card's context menu runs it. A selected branch or line
      // inside the focused card is what goes; its neighbour is selected and its card takes the focus.
      const card = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      const ctx = { store, target: card };
      const remove = actionById('edit.delete');
      if (isEnabled(remove, ctx)) remove.perform(ctx);
    },
    [deleteEdge, selectedEdgeId, store],
  );

  return {
    problem,
    dismissProblem: () => setProblem(undefined),
    selectedEdgeId,
    onDragOver,
    onDrop,
    onDragLeave,
    dropHintRef: hint,
    onConnect,
    onReconnect,
    onConnectEnd,
    onEdgeClick,
    clearEdge,
    deleteEdge,
    onKeyDown,
  };
}

let marked: Element | undefined;

/**
 * Shows which branch a dragged block would land in. The output rows are React Flow's node DOM, which
 * re-renders on every graph change anyway: a class toggled on the row under the pointer is all it takes.
 */
function markDropTarget(output: Element | undefined): void {
  if (output === marked) return;
  marked?.classList.remove('dp-output-drop');
  output?.classList.add('dp-output-drop');
  marked = output;
}
