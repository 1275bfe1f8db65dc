/**
 * The execution graph of a dialplan, by the rules of simulator-semantics.md §1–3: children run in order,
 * a finished container continues after itself, `goto` jumps, `hangup` ends, a menu runs its prompts and
 * then one of its keypresses (or carries on after itself), `if`/`equal`/`notEqual` may or may not run
 * their children, `amd` runs `live` or `machine`, and a `catch` may jump to its target at any time.
 * An edge A → B means "B may run right after A starts". Used by the unreachable and loop rules.
 */
import type { ElementNode } from '../ast/types.ts';
import { attrValue } from '../ast/query.ts';
import { TAGS } from '../schema/tags.ts';
import type { ValidationContext } from './types.ts';

export interface FlowGraph {
  /** The element a call starts with: the `<dialplan>` root, or undefined when there is none. */
  start: ElementNode | undefined;
  /** What may run right after `element` starts. */
  successors(element: ElementNode): readonly ElementNode[];
  /** Every element some call can reach from the start. */
  reached: ReadonlySet<ElementNode>;
}

const NONE: readonly ElementNode[] = [];

export function buildFlowGraph(ctx: ValidationContext): FlowGraph {
  // Memos indexed by document order: cheaper than maps keyed by element.
  const continuations: (readonly ElementNode[] | undefined)[] = [];
  const successorMemo: (readonly ElementNode[] | undefined)[] = [];
  const kidsOf = (e: ElementNode) => ctx.info(e).kids;

  function target(name: string | undefined): readonly ElementNode[] {
    const found = name === undefined ? undefined : ctx.byName.get(name.trim())?.[0];
    return found ? [found] : NONE;
  }

  /** The first sibling after `e` that `accept`s, in e's parent. */
  function nextSibling(
    parent: ElementNode,
    e: ElementNode,
    accept: (k: ElementNode) => boolean,
  ): ElementNode | undefined {
    const list = kidsOf(parent);
    for (let i = ctx.info(e).index + 1; i < list.length; i++) {
      const k = list[i] as ElementNode;
      if (accept(k)) return k;
    }
    return undefined;
  }

  /** What runs after `e` finishes normally. */
  function continuation(e: ElementNode): readonly ElementNode[] {
    const ordinal = ctx.info(e).ordinal;
    const memo = continuations[ordinal];
    if (memo) return memo;
    const result = computeContinuation(e);
    continuations[ordinal] = result;
    return result;
  }

  function computeContinuation(e: ElementNode): readonly ElementNode[] {
    const parent = ctx.parentOf(e);
    if (!parent) return NONE;
    if (parent.kind === 'amd') return continuation(parent);
    if (parent.kind === 'menu') {
      if (e.kind === 'keypress') return continuation(parent);
      const next = nextSibling(parent, e, (k) => k.kind !== 'keypress');
      return next ? [next] : menuChoice(parent);
    }
    if (parent.kind === 'if') {
      if (e.kind === 'else') return continuation(parent);
      const next = nextSibling(parent, e, (k) => k.kind !== 'else');
      return next ? [next] : continuation(parent);
    }
    const next = nextSibling(parent, e, () => true);
    return next ? [next] : continuation(parent);
  }

  /** After its prompts, a menu runs one of its keypresses, or carries on after itself. */
  function menuChoice(menu: ElementNode): readonly ElementNode[] {
    return [...kidsOf(menu).filter((k) => k.kind === 'keypress'), ...continuation(menu)];
  }

  function firstOrContinue(
    e: ElementNode,
    accept: (k: ElementNode) => boolean,
  ): readonly ElementNode[] {
    const first = kidsOf(e).find(accept);
    return first ? [first] : continuation(e);
  }

  function computeSuccessors(e: ElementNode): readonly ElementNode[] {
    switch (e.kind) {
      case 'goto':
        return target(textOf(e));
      case 'hangup':
      case 'gotoXML':
        return NONE;
      case 'amd':
        return kidsOf(e).length > 0 ? kidsOf(e) : continuation(e);
      case 'menu': {
        const prompt = kidsOf(e).find((k) => k.kind !== 'keypress');
        return prompt ? [prompt] : menuChoice(e);
      }
      case 'if': {
        const elseBranch = kidsOf(e).find((k) => k.kind === 'else');
        const whenFalse = elseBranch ? [elseBranch] : continuation(e);
        return [...firstOrContinue(e, (k) => k.kind !== 'else'), ...whenFalse];
      }
      case 'equal':
      case 'notEqual':
        return [...firstOrContinue(e, () => true), ...continuation(e)];
      case 'catch':
        return [...firstOrContinue(e, () => true), ...target(attrValue(e, 'goto'))];
      default:
        if (e.kind === 'unknown' || TAGS[e.kind].content === 'children')
          return firstOrContinue(e, () => true);
        return continuation(e);
    }
  }

  function successors(e: ElementNode): readonly ElementNode[] {
    const ordinal = ctx.info(e).ordinal;
    let memo = successorMemo[ordinal];
    if (!memo) {
      memo = computeSuccessors(e);
      successorMemo[ordinal] = memo;
    }
    return memo;
  }

  const start = ctx.dialplan;
  return { start, successors, reached: reachFrom(start, successors) };
}

function textOf(e: ElementNode): string {
  let out = '';
  for (const c of e.children) if (c.type === 'text' || c.type === 'cdata') out += c.value;
  return out;
}

function reachFrom(
  start: ElementNode | undefined,
  successors: (e: ElementNode) => readonly ElementNode[],
): Set<ElementNode> {
  const reached = new Set<ElementNode>();
  if (!start) return reached;
  const queue: ElementNode[] = [start];
  reached.add(start);
  for (let i = 0; i < queue.length; i++) {
    for (const next of successors(queue[i] as ElementNode)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}
