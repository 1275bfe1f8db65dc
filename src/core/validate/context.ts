/**
 * The shared validation context: document-order elements, parents, child lists and names, all as arrays
 * of ordinals (recorded by the parser, see ast/element-index.ts). Rules read these instead of walking the
 * tree again, so validation stays a few linear passes.
 */
import type { AttributeNode, Diagnostic, DialplanDocument, Range } from '../ast/types.ts';
import { elementIndexOf } from '../ast/element-index.ts';
import { collectNames } from '../ast/name-table.ts';
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

export function createContext(document: DialplanDocument): RunnableContext {
  // Recorded by the parser while it built the tree (a walk over the fresh tree cost a third of validation).
  const tree = elementIndexOf(document);
  const names = collectNames(tree.elements);
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
    kidStart: tree.kidStart,
    kidList: tree.kidList,
    byName: names.byName,
    sameName: names.sameName,
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
