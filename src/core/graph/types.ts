/** The graph the studio draws, derived from the AST by `deriveGraph` (pure, framework-free). */
import type { DialplanDocument, ElementKind } from '../ast/types.ts';

/** How control moves along an edge: a `goto` jump, a fall-through, a branch into a nested node, a catch. */
export type FlowEdgeKind = 'goto' | 'next' | 'branch' | 'catch';

/** One element listed on a node or on a branch (stash, play, setvar…). */
export interface FlowAction {
  /** The element id (AST path). */
  id: string;
  kind: ElementKind;
  /** A one-line summary, e.g. `stash Vote = Yes`, `goto → Hangup`. */
  text: string;
  /** What it does without the tag: `Vote = Yes`, `→ Hangup` (the card's icon tells the kind). */
  detail: string;
}

/** A labelled output of a node: a keypress branch, amd live/machine, if then/else, a catch. */
export interface FlowOutput {
  /** The handle id: the branch element's id, or `out`, `then`, `catch` for outputs with no element. */
  id: string;
  label: string;
  /** The element behind the output (the keypress, live, else…), when there is one. */
  elementId?: string;
  actions: FlowAction[];
}

export interface FlowNode {
  /** The element id (AST path); also the React Flow node id and the key of its position. */
  id: string;
  kind: ElementKind;
  tagName: string;
  name?: string;
  /** The start of the prompt (first TTS text) or a summary of a leaf element. */
  summary?: string;
  /** Elements run before the outputs (a menu's prompts, a container's plain children). */
  body: FlowAction[];
  outputs: FlowOutput[];
  /** 1-based line of the start tag. */
  line: number;
  /** The designer's note: the XML comment written just before the element (see `notes.ts`). */
  note?: string;
}

export interface FlowEdge {
  id: string;
  kind: FlowEdgeKind;
  source: string;
  /** The output handle id on the source node. */
  sourceHandle: string;
  target: string;
  label?: string;
}

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** The ids of the nodes (see `nodeIdOf` for the node that shows any element). */
  nodeIds: ReadonlySet<string>;
  /** What the next derivation needs to reuse unchanged nodes (see `deriveGraph`'s `previous`). */
  reuse?: { doc: DialplanDocument; spans: NodeSpan[] };
}

/** Where a node's element stands in the source, and which run of `edges` it produced. */
export interface NodeSpan {
  start: number;
  end: number;
  firstEdge?: number;
  edges: number;
}
