import type { ElementNode } from '../../ast/types.ts';
import { attrValue, textContent } from '../../ast/query.ts';
import type { Rule, ValidationContext } from '../types.ts';

/**
 * A cycle of the execution graph that never waits for the caller (no menu, no foreground record; a
 * catch's jump needs a caller event, so it does not count) spins until the platform's loop guard ends
 * the call. Reported once per cycle, on its first goto.
 */
/** A message lists this many of a cycle's gotos at most. */
const MAX_LISTED = 5;

export const gotoLoopWithoutInput: Rule = {
  id: 'goto-loop-without-input',
  severity: 'warning',
  scope: 'document',
  check(ctx) {
    for (const cycle of cyclesWithoutInput(ctx)) {
      const gotos = cycle.filter((e) => e.kind === 'goto');
      const first = gotos[0] ?? cycle[0];
      if (!first) continue;
      const shown = gotos.slice(0, MAX_LISTED).map((g) => `line ${g.openTagRange.start.line}`);
      if (gotos.length > MAX_LISTED) shown.push(`${gotos.length - MAX_LISTED} more`);
      const lines = shown.join(', ');
      ctx.report(
        first,
        `This jump starts a loop that never waits for the caller (gotos on ${lines}): the call would spin until it is cut off. Put a <menu> in the loop or give it an exit`,
      );
    }
  },
};

function waitsForCaller(e: ElementNode): boolean {
  if (e.kind === 'menu') return true;
  return e.kind === 'record' && attrValue(e, 'background')?.trim().toLowerCase() !== 'true';
}

/**
 * Whether the step from `from` to `to` waits for the caller: entering a menu or a foreground record,
 * choosing a keypress, leaving a menu's prompts (digits are collected first), or a catch's jump (it needs
 * a digit or a hang-up).
 */
function afterInput(ctx: ValidationContext, from: ElementNode, to: ElementNode): boolean {
  if (waitsForCaller(to) || to.kind === 'keypress') return true;
  if (from.kind === 'catch' && attrValue(to, 'name') === attrValue(from, 'goto')?.trim())
    return true;
  if (from.kind === 'goto') return false;
  const menu = promptMenuOf(ctx, from);
  return menu !== undefined && !isInside(ctx, to, menu);
}

/** The menu whose prompts (non-keypress part) hold `e`, if any. */
function promptMenuOf(ctx: ValidationContext, e: ElementNode): ElementNode | undefined {
  for (let p = ctx.parentOf(e); p; p = ctx.parentOf(p)) {
    if (p.kind === 'keypress') return undefined;
    if (p.kind === 'menu') return p;
  }
  return undefined;
}

function isInside(ctx: ValidationContext, e: ElementNode, ancestor: ElementNode): boolean {
  for (let p = ctx.parentOf(e); p; p = ctx.parentOf(p)) if (p === ancestor) return true;
  return false;
}

/**
 * Every back edge of the graph is a jump, so every cycle passes through a goto's target: the search
 * starts from those only, which keeps it to the small parts of a dialplan between two inputs.
 */
function jumpTargets(ctx: ValidationContext): ElementNode[] {
  const targets: ElementNode[] = [];
  for (const e of ctx.elements) {
    if (e.kind !== 'goto') continue;
    const target = ctx.byName.get(textContent(e).trim())?.[0];
    if (target && !waitsForCaller(target)) targets.push(target);
  }
  return targets;
}

interface Frame {
  node: ElementNode;
  ordinal: number;
  next: readonly ElementNode[];
  i: number;
}

/** Strongly connected components with a cycle (Tarjan, iterative), input-waiting steps left out. */
function cyclesWithoutInput(ctx: ValidationContext): ElementNode[][] {
  const roots = jumpTargets(ctx);
  if (roots.length === 0) return [];
  const flow = ctx.flow();
  const count = ctx.elements.length;
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: ElementNode[] = [];
  const cycles: ElementNode[][] = [];
  const work: Frame[] = [];
  let counter = 0;
  const open = (node: ElementNode) => {
    const ordinal = ctx.info(node).ordinal;
    order[ordinal] = low[ordinal] = counter++;
    stack.push(node);
    onStack[ordinal] = 1;
    const next = flow.successors(node).filter((n) => !afterInput(ctx, node, n));
    work.push({ node, ordinal, next, i: 0 });
  };
  for (const root of roots) {
    if (order[ctx.info(root).ordinal] !== -1) continue;
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as Frame;
      const child = frame.next[frame.i++];
      if (child) {
        const c = ctx.info(child).ordinal;
        if (order[c] === -1) open(child);
        else if (onStack[c]) low[frame.ordinal] = Math.min(low[frame.ordinal] ?? 0, order[c] ?? 0);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.ordinal] = Math.min(low[parent.ordinal] ?? 0, low[frame.ordinal] ?? 0);
      if (low[frame.ordinal] !== order[frame.ordinal]) continue;
      const component = popComponent(ctx, stack, onStack, frame.node);
      if (component.length > 1 || frame.next.includes(frame.node))
        cycles.push(component.sort((a, b) => ctx.info(a).ordinal - ctx.info(b).ordinal));
    }
  }
  return cycles;
}

function popComponent(
  ctx: ValidationContext,
  stack: ElementNode[],
  onStack: Uint8Array,
  head: ElementNode,
): ElementNode[] {
  const component: ElementNode[] = [];
  for (;;) {
    const member = stack.pop();
    if (!member) return component;
    onStack[ctx.info(member).ordinal] = 0;
    component.push(member);
    if (member === head) return component;
  }
}
