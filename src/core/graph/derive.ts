/**
 * AST → graph: which elements are nodes, what each node lists, and the edges between them.
 * Top-level elements and menus (and branching containers nested in a branch) are nodes; keypress
 * branches, amd live/machine, if then/else and catch are labelled outputs; the plain actions of a branch
 * are listed on it. Edges: `goto` jumps, `next` fall-through, `branch` into a nested node, `catch` traps.
 */
import type { ChildNode, CommentNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, childElements, elementName } from '../ast/query.ts';
import { actionParts, bodyText, describeElement, truncate } from './summary.ts';
import { collectTreeFactsSteps, continuationOf, type TreeFacts } from './tree-facts.ts';
import { commentBefore, noteText } from './notes.ts';
import type {
  FlowAction,
  FlowEdge,
  FlowEdgeKind,
  FlowGraph,
  FlowNode,
  FlowOutput,
  NodeSpan,
} from './types.ts';
import { sameSkeleton } from '../layout/id-mapping.ts';
import { runToEnd } from '../steps.ts';

const PROMPT_MAX_CHARS = 140;
/** Tree walks pause after this many elements per node built between pauses. */
const ELEMENTS_PER_NODE = 10;

const BRANCHING = new Set(['menu', 'amd', 'if', 'equal', 'notEqual', 'catch']);

interface Builder {
  facts: TreeFacts;
  /** Each element → the element of the node that shows it (object keys: cheap to hash). */
  nodeOf: Map<ElementNode, ElementNode>;
  edges: FlowEdge[];
  /** Index in `edges` of the first edge of the node being built (edge ids count from it). */
  edgeStart: number;
}

/**
 * @param previous the graph of the previous version of the text: when the edit changed no element (the
 * same tags and names in the same places, e.g. typing inside a prompt), nodes whose source text did not
 * change are reused with their edges, so a keystroke re-derives one node, not a thousand.
 */
export function deriveGraph(doc: DialplanDocument, previous?: FlowGraph): FlowGraph {
  return runToEnd(deriveGraphSteps(doc, previous));
}

/**
 * `deriveGraph` in steps, for a big document opened whole: it pauses (yielding the share of nodes
 * built, 0 to 1) during its first tree walk, after its second and then after every `nodesPerStep`
 * nodes, so that a caller can spread the work over several tasks and keep the page responsive. Same
 * result.
 */
export function* deriveGraphSteps(
  doc: DialplanDocument,
  previous?: FlowGraph,
  nodesPerStep = Infinity,
): Generator<number, FlowGraph, void> {
  // The tree walks pause as often as building nodes does: about ten elements per node in a poll.
  const elementsPerStep = nodesPerStep * ELEMENTS_PER_NODE;
  const walk = collectTreeFactsSteps(doc, elementsPerStep);
  let walked = walk.next();
  for (; !walked.done; walked = walk.next()) yield 0;
  const facts = walked.value;
  const b: Builder = { facts, nodeOf: new Map(), edges: [], edgeStart: 0 };
  const root = doc.root;
  if (!root) return { nodes: [], edges: [], nodeIds: new Set() };
  const nodeElements: ElementNode[] = [];
  const notes = new Map<ElementNode, CommentNode>();
  const mark = (element: ElementNode, owner: ElementNode | undefined, note?: CommentNode) => {
    const node = !owner || BRANCHING.has(element.kind) ? element : owner;
    if (node === element) nodeElements.push(element);
    if (node === element && note) notes.set(element, note);
    b.nodeOf.set(element, node);
    markChildren(element.children, node);
  };
  const markChildren = (children: readonly ChildNode[], owner: ElementNode | undefined) => {
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'element') mark(child, owner, commentBefore(children, i));
    }
  };
  if (root.kind === 'dialplan') markChildren(root.children, undefined);
  else mark(root, undefined, commentBefore(doc.children, doc.children.indexOf(root)));
  const old = previous?.reuse;
  const reusable =
    old !== undefined && old.spans.length === nodeElements.length && sameSkeleton(old.doc, doc);
  if (nodesPerStep !== Infinity) yield 0;
  const spans: NodeSpan[] = [];
  const nodes: FlowNode[] = [];
  const nodeAt = (element: ElementNode, i: number): FlowNode => {
    // A node's note (the comment before it) is part of its text: editing the note re-derives the node.
    const note = notes.get(element);
    const span: NodeSpan = {
      start: (note ?? element).range.start.offset,
      end: element.range.end.offset,
      edges: 0,
    };
    spans.push(span);
    const before = reusable ? old.spans[i] : undefined;
    const oldNode = reusable ? previous?.nodes[i] : undefined;
    if (old && before && oldNode && sameText(old.doc.source, before, doc.source, span)) {
      for (let k = 0; k < before.edges; k++) b.edges.push(previous!.edges[before.firstEdge! + k]!);
      span.edges = before.edges;
      span.firstEdge = b.edges.length - before.edges;
      const line = element.range.start.line;
      return line === oldNode.line ? oldNode : { ...oldNode, line };
    }
    b.edgeStart = b.edges.length;
    const node = buildNode(b, element);
    if (note) node.note = noteText(note);
    span.firstEdge = b.edgeStart;
    span.edges = b.edges.length - b.edgeStart;
    return node;
  };
  for (let i = 0; i < nodeElements.length; i++) {
    nodes.push(nodeAt(nodeElements[i]!, i));
    if ((i + 1) % nodesPerStep === 0) yield (i + 1) / nodeElements.length;
  }
  return {
    nodes,
    edges: b.edges,
    nodeIds: new Set(nodes.map((n) => n.id)),
    reuse: { doc, spans },
  };
}

function sameText(a: string, x: NodeSpan, b: string, y: NodeSpan): boolean {
  return x.end - x.start === y.end - y.start && a.slice(x.start, x.end) === b.slice(y.start, y.end);
}

/**
 * The id of the node that shows an element: the element's own id or its nearest ancestor's (ids are
 * paths, so a node's descendants' ids start with the node's id). The root maps to the first node.
 */
export function nodeIdOf(graph: FlowGraph, elementId: string): string | undefined {
  let id = elementId;
  for (;;) {
    if (graph.nodeIds.has(id)) return id;
    const cut = id.lastIndexOf('/');
    if (cut <= 0) return graph.nodes[0]?.id;
    id = id.slice(0, cut);
  }
}

function isNode(b: Builder, element: ElementNode): boolean {
  return b.nodeOf.get(element) === element;
}

function buildNode(b: Builder, element: ElementNode): FlowNode {
  const children = childElements(element);
  const node: FlowNode = {
    id: element.id,
    kind: element.kind,
    tagName: element.tagName,
    body: [],
    outputs: [],
    line: element.range.start.line,
  };
  const name = elementName(element);
  if (name !== undefined) node.name = name;
  switch (element.kind) {
    case 'menu': {
      const keypresses = children.filter((c) => c.kind === 'keypress');
      const prompts = children.filter((c) => c.kind !== 'keypress');
      node.body = listActions(b, element.id, 'out', prompts);
      for (const kp of keypresses) {
        const label = attrValue(kp, 'pressed') ?? '?';
        node.outputs.push(branchOutput(b, element, kp, label, childElements(kp), kp));
      }
      const hasDefault = keypresses.some(
        (k) => attrValue(k, 'pressed')?.toLowerCase() === 'default',
      );
      if (!hasDefault) addOut(b, element, 'no match', node);
      break;
    }
    case 'amd':
      for (const branch of children.filter((c) => c.kind === 'live' || c.kind === 'machine'))
        node.outputs.push(
          branchOutput(b, element, branch, branch.kind, childElements(branch), branch),
        );
      break;
    case 'if':
    case 'equal':
    case 'notEqual': {
      const elseBranch = children.find((c) => c.kind === 'else');
      const thenChildren = children.filter((c) => c !== elseBranch);
      node.outputs.push(branchOutput(b, element, undefined, 'then', thenChildren, element, 'then'));
      if (elseBranch)
        node.outputs.push(
          branchOutput(b, element, elseBranch, 'else', childElements(elseBranch), elseBranch),
        );
      else addOut(b, element, 'else', node);
      break;
    }
    case 'catch':
      node.outputs.push(branchOutput(b, element, undefined, 'watch', children, element, 'watch'));
      node.outputs.push({ id: 'catch', label: describeElement(element), actions: [] });
      addEdge(b, 'catch', element.id, 'catch', attrValue(element, 'goto')?.trim());
      break;
    default:
      fillPlainNode(b, element, node, children);
  }
  node.summary = nodeSummary(element, children);
  return node;
}

/** A leaf or a non-branching container: its children listed, one `out` output. */
function fillPlainNode(b: Builder, element: ElementNode, node: FlowNode, children: ElementNode[]) {
  if (children.length > 0) node.body = listActions(b, element.id, 'out', children);
  else if (element.kind === 'goto') addEdge(b, 'goto', element.id, 'out', bodyText(element));
  const last = children.at(-1);
  if (last ? fallsThrough(b, last) : !endsFlow(element))
    addNext(b, element.id, 'out', last ?? element);
}

/** Whether execution leaves a sequence ending with `last` by falling through (no goto, hangup, node). */
function fallsThrough(b: Builder, last: ElementNode): boolean {
  return !endsFlow(last) && !isNode(b, last);
}

/** A labelled output: its actions listed, its gotos and nested nodes as edges, its fall-through. */
function branchOutput(
  b: Builder,
  owner: ElementNode,
  branch: ElementNode | undefined,
  label: string,
  children: ElementNode[],
  exitFrom: ElementNode,
  handleId?: string,
): FlowOutput {
  const id = handleId ?? branch?.id ?? label;
  const output: FlowOutput = { id, label, actions: listActions(b, owner.id, id, children) };
  if (branch) output.elementId = branch.id;
  const last = children.at(-1);
  if (!last || fallsThrough(b, last)) addNext(b, owner.id, id, last ?? exitFrom);
  return output;
}

/** Lists the plain children; nested nodes become `branch` edges and gotos `goto` edges. */
function listActions(
  b: Builder,
  source: string,
  handle: string,
  children: ElementNode[],
): FlowAction[] {
  const actions: FlowAction[] = [];
  for (const child of children) {
    if (isNode(b, child)) {
      addEdgeTo(b, 'branch', source, handle, child.id);
      continue;
    }
    actions.push({ id: child.id, kind: child.kind, ...actionParts(child) });
    if (child.kind === 'goto') addEdge(b, 'goto', source, handle, bodyText(child));
    for (const nested of childElements(child))
      if (isNode(b, nested)) addEdgeTo(b, 'branch', source, handle, nested.id);
  }
  return actions;
}

function endsFlow(element: ElementNode): boolean {
  return element.kind === 'goto' || element.kind === 'hangup';
}

/** The `out` handle of a branching node: execution continues after it (no match, false). */
function addOut(b: Builder, element: ElementNode, label: string, node: FlowNode) {
  node.outputs.push({ id: 'out', label, actions: [] });
  addNext(b, element.id, 'out', element);
}

/** Fall-through edge: from the handle to the node that runs after `after`. */
function addNext(b: Builder, source: string, handle: string, after: ElementNode) {
  const next = continuationOf(b.facts, after);
  if (next) addEdgeTo(b, 'next', source, handle, b.nodeOf.get(next)?.id);
}

/** An edge to the node showing the element named `targetName` (none when the name is unknown). */
function addEdge(
  b: Builder,
  kind: FlowEdgeKind,
  source: string,
  handle: string,
  targetName: string | undefined,
) {
  if (!targetName) return;
  const target = b.facts.byName.get(targetName);
  addEdgeTo(b, kind, source, handle, target && b.nodeOf.get(target)?.id);
}

function addEdgeTo(
  b: Builder,
  kind: FlowEdgeKind,
  source: string,
  handle: string,
  target: string | undefined,
  label?: string,
) {
  if (target === undefined) return;
  const edge: FlowEdge = {
    id: `${kind}:${source}:${handle}->${target}#${b.edges.length - b.edgeStart}`,
    kind,
    source,
    sourceHandle: handle,
    target,
  };
  if (label) edge.label = label;
  b.edges.push(edge);
}

/** The start of the prompt: the first TTS text of a menu, or what a leaf does. */
function nodeSummary(element: ElementNode, children: ElementNode[]): string | undefined {
  const firstPlay = element.kind === 'play' ? element : children.find((c) => c.kind === 'play');
  // Long enough for the three lines a card shows of a prompt (`card.ts`).
  if (firstPlay) return truncate(bodyText(firstPlay), PROMPT_MAX_CHARS);
  const description = describeElement(element);
  return description || undefined;
}
