import type { ElementNode } from '../../ast/types.ts';
import { attrValue } from '../../ast/query.ts';
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
  finish(ctx) {
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

function waitsForCaller(e: ElementNode | undefined): boolean {
  if (e?.kind === 'menu') return true;
  return e?.kind === 'record' && attrValue(e, 'background')?.trim().toLowerCase() !== 'true';
}

/**
 * Whether the step from `from` to `to` waits for the caller: entering a menu or a foreground record,
 * choosing a keypress, leaving a menu's prompts (digits are collected first), or a catch's jump (it needs
 * a digit or a hang-up).
 */
function afterInput(ctx: ValidationContext, from: number, to: number): boolean {
  const source = ctx.elements[from];
  const destination = ctx.elements[to];
  if (!source || !destination) return true;
  if (waitsForCaller(destination) || destination.kind === 'keypress') return true;
  if (
    source.kind === 'catch' &&
    attrValue(destination, 'name') === attrValue(source, 'goto')?.trim()
  )
    return true;
  if (source.kind === 'goto') return false;
  const menu = promptMenuOf(ctx, from);
  return menu !== -1 && !isInside(ctx, to, menu);
}

/** The menu whose prompts (non-keypress part) hold element `i`, or -1. */
function promptMenuOf(ctx: ValidationContext, i: number): number {
  for (let p = ctx.parent[i] ?? -1; p !== -1; p = ctx.parent[p] ?? -1) {
    const kind = ctx.elements[p]?.kind;
    if (kind === 'keypress') return -1;
    if (kind === 'menu') return p;
  }
  return -1;
}

function isInside(ctx: ValidationContext, i: number, ancestor: number): boolean {
  for (let p = ctx.parent[i] ?? -1; p !== -1; p = ctx.parent[p] ?? -1)
    if (p === ancestor) return true;
  return false;
}

/**
 * Every back edge of the graph is a jump, so every cycle passes through a goto's target: the search
 * starts from those only, which keeps it to the small parts of a dialplan between two inputs.
 */
function jumpTargets(ctx: ValidationContext): number[] {
  const targets: number[] = [];
  for (const i of ctx.ofKind('goto')) {
    const target = ctx.jumpOf(i);
    if (target !== -1 && !waitsForCaller(ctx.elements[target])) targets.push(target);
  }
  return targets;
}

interface Frame {
  node: number;
  next: readonly number[];
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
  const stack: number[] = [];
  const cycles: ElementNode[][] = [];
  const work: Frame[] = [];
  let counter = 0;
  const open = (node: number) => {
    order[node] = low[node] = counter++;
    stack.push(node);
    onStack[node] = 1;
    const next: number[] = [];
    flow.forEachSuccessor(node, (n) => {
      if (!afterInput(ctx, node, n)) next.push(n);
    });
    work.push({ node, next, i: 0 });
  };
  for (const root of roots) {
    if (order[root] !== -1) continue;
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as Frame;
      const child = frame.next[frame.i++];
      if (child !== undefined) {
        if (order[child] === -1) open(child);
        else if (onStack[child])
          low[frame.node] = Math.min(low[frame.node] ?? 0, order[child] ?? 0);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] ?? 0, low[frame.node] ?? 0);
      if (low[frame.node] !== order[frame.node]) continue;
      const component = popComponent(stack, onStack, frame.node);
      if (component.length > 1 || frame.next.includes(frame.node))
        cycles.push(component.sort((a, b) => a - b).map((i) => ctx.elements[i] as ElementNode));
    }
  }
  return cycles;
}

function popComponent(stack: number[], onStack: Uint8Array, head: number): number[] {
  const component: number[] = [];
  for (;;) {
    const member = stack.pop();
    if (member === undefined) return component;
    onStack[member] = 0;
    component.push(member);
    if (member === head) return component;
  }
}
