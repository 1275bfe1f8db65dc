/**
 * Builds the shared validation context in one walk over the tree: document-order elements, parents and
 * names. Rules read these instead of walking the tree again, so validation stays a few linear passes.
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
import type { NodeInfo, Rule, ValidationContext } from './types.ts';
import { collectVariableUses, type VariableUses } from './variables.ts';

export interface RunnableContext extends ValidationContext {
  /** The rule whose `check` runs now: `report` stamps its id and severity. */
  currentRule: Rule | undefined;
  diagnostics: Diagnostic[];
}

function isRange(where: AttributeNode | Range): where is Range {
  return !('name' in where);
}

export function createContext(document: DialplanDocument): RunnableContext {
  const elements: ElementNode[] = [];
  const infos = new Map<ElementNode, NodeInfo>();
  const byName = new Map<string, ElementNode[]>();
  collect(document.children, undefined, { elements, infos, byName });
  const info = (e: ElementNode) => infos.get(e) ?? ORPHAN;
  const dialplan = document.root?.kind === 'dialplan' ? document.root : undefined;
  let flow: FlowGraph | undefined;
  let variables: VariableUses | undefined;
  let mapper: PositionMapper | undefined;
  const ctx: RunnableContext = {
    document,
    dialplan,
    elements,
    parentOf: (e) => info(e).parent,
    info,
    byName,
    currentRule: undefined,
    diagnostics: [],
    flow: () => (flow ??= buildFlowGraph(ctx)),
    variables: () => (variables ??= collectVariableUses(ctx)),
    rangeOf: (start, end) => (mapper ??= new PositionMapper(document.source)).range(start, end),
    report(node, message, where) {
      const rule = ctx.currentRule;
      if (!rule) return;
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
  return ctx;
}

const NO_KIDS: readonly ElementNode[] = [];
/** What `info` answers for an element that is not in the document. */
const ORPHAN: NodeInfo = { parent: undefined, kids: NO_KIDS, index: 0, ordinal: -1 };

interface Collected {
  elements: ElementNode[];
  infos: Map<ElementNode, NodeInfo>;
  byName: Map<string, ElementNode[]>;
}

function collect(
  nodes: readonly ChildNode[],
  parent: ElementNode | undefined,
  out: Collected,
): ElementNode[] | undefined {
  let kids: ElementNode[] | undefined;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    kids ??= [];
    const info: NodeInfo = {
      parent,
      kids: NO_KIDS,
      index: kids.length,
      ordinal: out.elements.length,
    };
    kids.push(node);
    out.elements.push(node);
    out.infos.set(node, info);
    noteName(out.byName, node);
    if (node.children.length > 0) info.kids = collect(node.children, node, out) ?? NO_KIDS;
  }
  return kids;
}

function noteName(byName: Map<string, ElementNode[]>, node: ElementNode): void {
  for (const a of node.attributes) {
    if (a.name !== 'name' && a.name.toLowerCase() !== 'name') continue;
    const list = byName.get(a.value);
    if (list) list.push(node);
    else byName.set(a.value, [node]);
    return;
  }
}
