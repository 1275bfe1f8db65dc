/**
 * Turns the derived graph into React Flow nodes and edges. Node data objects are reused while a node's
 * content is unchanged, so that the memoised node components skip re-rendering after an edit elsewhere.
 */
import { MarkerType, Position, type Edge, type NodeHandle } from '@xyflow/react';
import type { Diagnostic, FlowGraph, FlowNode, XY } from '../../core/index.ts';
import { cardOf, CARD, graphMarks, handleSpots, nodeIdOf } from '../../core/index.ts';
import type { Highlight } from '../../store/index.ts';
import type { DialplanFlowNode, DialplanNodeData } from './DialplanNode.tsx';

/**
 * A card's size and handles as drawn (core/graph/card.ts), given to React Flow up front: it then neither
 * waits for a measurement to place edges nor draws every off-screen card once to measure it.
 */
interface Geometry {
  height: number;
  handles: NodeHandle[];
}

interface CachedNode {
  /** `contentKey` of the data, made when first compared (a big document's first build makes none). */
  key?: string;
  data: DialplanNodeData;
  geometry: Geometry;
}

function keyOf(cached: CachedNode): string {
  const { node, entry, ends, trace } = cached.data;
  cached.key ??= contentKey(node, cached.data, `${entry}${ends}`, trace);
  return cached.key;
}

export interface NodeDataCache {
  byId: Map<string, CachedNode>;
}

const SIDE = { top: Position.Top, right: Position.Right, bottom: Position.Bottom } as const;

/** Geometries made, by node object and marks (like `cardOf`'s cards; prewarm.ts makes them ahead). */
const geometries = new WeakMap<FlowNode, (Geometry | undefined)[]>();

export function geometryOf(node: FlowNode, marks: Marks): Geometry {
  let made = geometries.get(node);
  if (!made) geometries.set(node, (made = []));
  return (made[(marks.entry ? 2 : 0) + (marks.ends ? 1 : 0)] ??= buildGeometry(node, marks));
}

function buildGeometry(node: FlowNode, marks: Marks): Geometry {
  const card = cardOf(node, marks);
  const handles = handleSpots(node, marks, card).map(({ side, ...spot }) => ({
    ...spot,
    position: SIDE[side],
  }));
  return { height: card.height, handles };
}

function flowNode(
  node: FlowNode,
  placed: Readonly<Record<string, XY>>,
  data: DialplanNodeData,
  geometry: Geometry,
): DialplanFlowNode {
  return {
    id: node.id,
    type: 'dialplan',
    position: placed[node.id] ?? { x: 0, y: 0 },
    data,
    width: CARD.width,
    height: geometry.height,
    handles: geometry.handles,
  };
}

function contentKey(node: FlowNode, d: Badges, marks: string, trace?: string): string {
  const outputs = node.outputs.map(
    (o) => `${o.id}:${o.label}:${o.actions.map((a) => a.text).join('|')}`,
  );
  return [node.tagName, node.name, node.summary, node.note, d.errors, d.warnings, marks, trace]
    .concat(
      node.body.map((a) => `${a.id}=${a.text}`),
      outputs,
    )
    .join('\u0000');
}

interface Badges {
  errors: number;
  warnings: number;
}

/** The same node object (reused by an incremental derivation) with the same badges, marks and trace. */
function isSame(data: DialplanNodeData, node: FlowNode, d: Badges, marks: Marks, trace?: string) {
  return (
    data.node === node &&
    data.errors === d.errors &&
    data.warnings === d.warnings &&
    data.entry === marks.entry &&
    data.ends === marks.ends &&
    data.trace === trace
  );
}

interface Marks {
  entry: boolean;
  ends: boolean;
}

export function countDiagnostics(graph: FlowGraph, diagnostics: readonly Diagnostic[]) {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const id = d.nodeId === undefined ? undefined : nodeIdOf(graph, d.nodeId);
    if (id === undefined || d.severity === 'info') continue;
    const c = counts.get(id) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') c.errors++;
    else c.warnings++;
    counts.set(id, c);
  }
  return counts;
}

export function traceOf(graph: FlowGraph, highlight: Highlight) {
  const visited = new Set<string>();
  for (const id of highlight.visitedIds) {
    const n = nodeIdOf(graph, id);
    if (n) visited.add(n);
  }
  const active = highlight.activeId === undefined ? undefined : nodeIdOf(graph, highlight.activeId);
  return { visited, active };
}

export function toFlowNodes(
  graph: FlowGraph,
  placed: Readonly<Record<string, XY>>,
  diagnostics: ReadonlyMap<string, { errors: number; warnings: number }>,
  trace: { visited: ReadonlySet<string>; active: string | undefined },
  cache: NodeDataCache,
): DialplanFlowNode[] {
  const next = new Map<string, CachedNode>();
  const { entryId, continuing } = graphMarks(graph);
  const nodes = graph.nodes.map((node): DialplanFlowNode => {
    const d = diagnostics.get(node.id) ?? { errors: 0, warnings: 0 };
    const t =
      trace.active === node.id ? 'active' : trace.visited.has(node.id) ? 'visited' : undefined;
    const marks = { entry: node.id === entryId, ends: !continuing.has(node.id) };
    const old = cache.byId.get(node.id);
    if (old && isSame(old.data, node, d, marks, t)) {
      next.set(node.id, old);
      return flowNode(node, placed, old.data, old.geometry);
    }
    const key = old ? contentKey(node, d, `${marks.entry}${marks.ends}`, t) : undefined;
    const reused = old && keyOf(old) === key ? old : undefined;
    const data: DialplanNodeData = reused
      ? reused.data
      : { node, errors: d.errors, warnings: d.warnings, ...marks, ...(t ? { trace: t } : {}) };
    const geometry = reused?.geometry ?? geometryOf(node, marks);
    next.set(node.id, key === undefined ? { data, geometry } : { key, data, geometry });
    return flowNode(node, placed, data, geometry);
  });
  cache.byId = next;
  return nodes;
}

/** Edges made ahead of a big graph's first render (prewarm.ts), for that graph and highlight. */
const prewarmed = new WeakMap<FlowGraph, { highlight: Highlight; edges: Edge[] }>();

export function prewarmFlowEdges(graph: FlowGraph, highlight: Highlight): void {
  prewarmed.set(graph, { highlight, edges: toFlowEdges(graph, highlight, []) });
}

/** The edges made ahead for this graph and highlight, if any; else `toFlowEdges`. */
export function flowEdgesOf(
  graph: FlowGraph,
  highlight: Highlight,
  previous: readonly Edge[],
): Edge[] {
  const ahead = prewarmed.get(graph);
  if (ahead?.highlight === highlight) return ahead.edges;
  return toFlowEdges(graph, highlight, previous);
}

/**
 * React Flow edges. Edges equal to the previous ones are reused, and when all are, the previous array is
 * returned, so React Flow does not rebuild its connection lookups after an edit that moved no edge.
 */
export function toFlowEdges(
  graph: FlowGraph,
  highlight: Highlight,
  previous: readonly Edge[],
): Edge[] {
  const from = highlight.lastEdge && nodeIdOf(graph, highlight.lastEdge.from);
  const to = highlight.lastEdge && nodeIdOf(graph, highlight.lastEdge.to);
  let same = previous.length === graph.edges.length;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = graph.edges.map((e, i) => {
    const taken = e.source === from && e.target === to;
    const className = `edge-${e.kind}${taken ? ' edge-taken' : ''}`;
    const ariaLabel = edgeName(byId, e);
    const label = edgeLabel(byId.get(e.source), e);
    const old = previous[i];
    if (
      old &&
      old.id === e.id &&
      old.className === className &&
      old.sourceHandle === e.sourceHandle &&
      old.label === label &&
      old.ariaLabel === ariaLabel
    )
      return old;
    same = false;
    return { ...toFlowEdge(e, className, taken, label), ariaLabel };
  });
  return same ? (previous as Edge[]) : edges;
}

function nodeName(node: FlowNode | undefined): string {
  if (!node) return '?';
  return node.name ? `${node.tagName} ${node.name}` : node.tagName;
}

/** What a screen reader (and a test) calls an edge: `Connection from menu Q1 › 1 to play Bye`. */
function edgeName(nodes: ReadonlyMap<string, FlowNode>, e: FlowGraph['edges'][number]): string {
  const source = nodes.get(e.source);
  const output = source?.outputs.find((o) => o.id === e.sourceHandle);
  const from = output ? `${nodeName(source)} › ${output.label}` : nodeName(source);
  return `Connection from ${from} to ${nodeName(nodes.get(e.target))}`;
}

/**
 * An edge leaving a labelled output carries its key (`1`, `default`, `live`), so a person following the
 * arrow far from its card still knows which answer it is; a loop back to the same card says so.
 */
function edgeLabel(
  source: FlowNode | undefined,
  e: FlowGraph['edges'][number],
): string | undefined {
  const output = source?.outputs.find((o) => o.id === e.sourceHandle);
  const key = e.label ?? output?.label;
  // The loop starts at its branch's row, which shows the key: the label says what it does.
  if (e.source === e.target) return 'ask again';
  return key;
}

function toFlowEdge(
  e: FlowGraph['edges'][number],
  className: string,
  taken: boolean,
  label: string | undefined,
): Edge {
  return {
    id: e.id,
    source: e.source,
    sourceHandle: e.sourceHandle,
    target: e.target,
    type: e.source === e.target ? 'loop' : 'smoothstep',
    className,
    markerEnd: { type: MarkerType.ArrowClosed },
    // Not a Tab stop (the graph is one; a card's branches are its Inspector's Goes to fields), but a
    // clicked edge still takes focus, so Delete reaches it.
    domAttributes: { tabIndex: -1 },
    ...(label ? { label } : {}),
    ...(taken ? { animated: true } : {}),
  };
}
