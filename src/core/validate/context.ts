/**
 * Builds the shared validation context in one walk over the tree: document-order elements, parents,
 * child lists and names, all as arrays of ordinals. Rules read these instead of walking the tree again,
 * so validation stays a few linear passes.
 */
import type {
  AttributeNode,
  ChildNode,
  Diagnostic,
  DialplanDocument,
  ElementNode,
  Range,
} from '../ast/types.ts';
import { PositionMapper } from '../xml/positions.ts';
import { buildFlowGraph, type FlowGraph } from './flow.ts';
import type { Rule, ValidationContext } from './types.ts';
import { collectVariableUses, type VariableUses } from './variables.ts';

export interface RunnableContext extends ValidationContext {
  /** The rule whose `check` runs now: `report` stamps its id and severity. */
  currentRule: Rule | undefined;
  diagnostics: Diagnostic[];
}

function isRange(where: AttributeNode | Range): where is Range {
  return !('name' in where);
}

/** A rule stops reporting past this many diagnostics: hostile input must not flood the editor. */
export const MAX_PER_RULE = 1000;

const NO_KIDS: readonly number[] = [];

interface Collected {
  elements: ElementNode[];
  /** The ordinal the next element gets. */
  next: number;
  parent: Int32Array;
  index: Int32Array;
  kids: (number[] | undefined)[];
  byName: Map<string, number>;
  sameName: Map<string, number[]>;
}

export function createContext(document: DialplanDocument): RunnableContext {
  const count = countElements(document.children);
  const tree: Collected = {
    // Sized once: grown by push, the list of ~11,000 elements was re-copied a dozen times.
    elements: new Array<ElementNode>(count),
    next: 0,
    parent: new Int32Array(count),
    index: new Int32Array(count),
    kids: new Array<number[] | undefined>(count).fill(undefined),
    byName: new Map(),
    sameName: new Map(),
  };
  collect(document.children, -1, tree);
  const dialplan = document.root?.kind === 'dialplan' ? document.root : undefined;
  let flow: FlowGraph | undefined;
  let variables: VariableUses | undefined;
  let mapper: PositionMapper | undefined;
  const ctx: RunnableContext = {
    document,
    dialplan,
    elements: tree.elements,
    parent: tree.parent,
    index: tree.index,
    kids: (ordinal) => tree.kids[ordinal] ?? NO_KIDS,
    byName: tree.byName,
    sameName: tree.sameName,
    currentRule: undefined,
    diagnostics: [],
    flow: () => (flow ??= buildFlowGraph(ctx)),
    variables: () => (variables ??= collectVariableUses(ctx)),
    rangeOf: (start, end) => (mapper ??= new PositionMapper(document.source)).range(start, end),
    report(node, message, where) {
      const rule = ctx.currentRule;
      if (!rule || reportedByCurrentRule() >= MAX_PER_RULE) return;
      const range = where === undefined ? node.openTagRange : isRange(where) ? where : where.range;
      ctx.diagnostics.push({
        ruleId: rule.id,
        severity: rule.severity,
        message,
        range,
        nodeId: node.id,
      });
    },
  };
  let countedRule: Rule | undefined;
  let counted = 0;
  function reportedByCurrentRule(): number {
    if (countedRule !== ctx.currentRule) {
      countedRule = ctx.currentRule;
      counted = 0;
    }
    return counted++;
  }
  return ctx;
}

function collect(nodes: readonly ChildNode[], parent: number, out: Collected): void {
  // Exact-size child lists: arrays grown by push keep 17 slots, megabytes over a large dialplan.
  let count = 0;
  for (const node of nodes) if (node.type === 'element') count++;
  if (count === 0) return;
  const kids = new Array<number>(count);
  let k = 0;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const ordinal = out.next++;
    out.elements[ordinal] = node;
    out.parent[ordinal] = parent;
    out.index[ordinal] = k;
    kids[k++] = ordinal;
    noteName(out, node, ordinal);
    if (node.children.length > 0) collect(node.children, ordinal, out);
  }
  if (parent !== -1) out.kids[parent] = kids;
}

function noteName(out: Collected, node: ElementNode, ordinal: number): void {
  for (const a of node.attributes) {
    if (a.name !== 'name' && a.name.toLowerCase() !== 'name') continue;
    const first = out.byName.get(a.value);
    if (first === undefined) out.byName.set(a.value, ordinal);
    else {
      const list = out.sameName.get(a.value);
      if (list) list.push(ordinal);
      else out.sameName.set(a.value, [first, ordinal]);
    }
    return;
  }
}

function countElements(nodes: readonly ChildNode[]): number {
  let count = 0;
  for (const node of nodes) if (node.type === 'element') count += 1 + countElements(node.children);
  return count;
}
