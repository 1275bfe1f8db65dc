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
  /** Diagnostics the current rule reported past `MAX_PER_RULE`: counted, not kept. */
  notShown: { count: number; first?: Diagnostic };
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
    notShown: { count: 0 },
    flow: () => (flow ??= buildFlowGraph(ctx)),
    variables: () => (variables ??= collectVariableUses(ctx)),
    rangeOf: (start, end) => (mapper ??= new PositionMapper(document.source)).range(start, end),
    report(node, message, where) {
      const rule = ctx.currentRule;
      if (!rule) return;
      const range = where === undefined ? node.openTagRange : isRange(where) ? where : where.range;
      const diagnostic = {
        ruleId: rule.id,
        severity: rule.severity,
        message,
        range,
        nodeId: node.id,
      };
      if (reportedByCurrentRule() < MAX_PER_RULE) ctx.diagnostics.push(diagnostic);
      else if (ctx.notShown.count++ === 0) ctx.notShown.first = diagnostic;
    },
  };
  let countedRule: Rule | undefined;
  let counted = 0;
  function reportedByCurrentRule(): number {
    if (countedRule !== ctx.currentRule) {
      countedRule = ctx.currentRule;
      counted = 0;
      ctx.notShown = { count: 0 };
    }
    return counted++;
  }
  return ctx;
}

/**
 * After a rule has run: when it hit `MAX_PER_RULE`, one more diagnostic says how many were left out, at
 * the first of them, so a capped list never passes for a complete one.
 */
export function reportNotShown(ctx: RunnableContext): void {
  const { count, first } = ctx.notShown;
  if (count === 0 || !first) return;
  const more = count.toLocaleString('en-US');
  const cap = MAX_PER_RULE.toLocaleString('en-US');
  ctx.diagnostics.push({
    ...first,
    message: `… ${more} more like this not shown (${first.ruleId} reports at most ${cap})`,
  });
  ctx.notShown = { count: 0 };
}
