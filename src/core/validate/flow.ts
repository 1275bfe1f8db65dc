/**
 * The execution graph of a dialplan, by the rules of simulator-semantics.md §1–3: children run in order,
 * a finished container continues after itself, `goto` jumps, `hangup` ends, a menu runs its prompts and
 * then one of its keypresses (or carries on after itself), `if`/`equal`/`notEqual` may or may not run
 * their children, `amd` runs `live` or `machine`, and a `catch` may jump to its target at any time.
 * An edge A → B means "B may run right after A starts". Nodes are element ordinals (see types.ts).
 */
import { attrValue } from '../ast/query.ts';
import { TAGS } from '../schema/tags.ts';
import type { ValidationContext } from './types.ts';

export interface FlowGraph {
  /** The ordinal of the element a call starts with (the `<dialplan>` root), or -1. */
  start: number;
  /** What may run right after the element starts. */
  successors(ordinal: number): readonly number[];
  /** 1 for every element some call can reach from the start. */
  reached: Uint8Array;
}

const NONE: readonly number[] = [];

export function buildFlowGraph(ctx: ValidationContext): FlowGraph {
  const { elements, parent: parentOf, index: indexOf } = ctx;
  const continuations: (readonly number[] | undefined)[] = [];
  const successorMemo: (readonly number[] | undefined)[] = [];
  const kindOf = (i: number) => elements[i]?.kind;

  function target(name: string | undefined): readonly number[] {
    const found = name === undefined ? undefined : ctx.byName.get(name.trim())?.[0];
    return found === undefined ? NONE : [found];
  }

  /** The first sibling after `i` that `accept`s. */
  function nextSibling(parent: number, i: number, accept: (k: number) => boolean): number {
    const list = ctx.kids(parent);
    for (let k = (indexOf[i] ?? list.length) + 1; k < list.length; k++) {
      const kid = list[k] as number;
      if (accept(kid)) return kid;
    }
    return -1;
  }

  /** What runs after element `i` finishes normally. */
  function continuation(i: number): readonly number[] {
    let memo = continuations[i];
    if (!memo) {
      memo = computeContinuation(i);
      continuations[i] = memo;
    }
    return memo;
  }

  function computeContinuation(i: number): readonly number[] {
    const parent = parentOf[i] ?? -1;
    if (parent === -1) return NONE;
    const parentKind = kindOf(parent);
    if (parentKind === 'amd') return continuation(parent);
    if (parentKind === 'menu') {
      if (kindOf(i) === 'keypress') return continuation(parent);
      const next = nextSibling(parent, i, (k) => kindOf(k) !== 'keypress');
      return next !== -1 ? [next] : menuChoice(parent);
    }
    if (parentKind === 'if') {
      if (kindOf(i) === 'else') return continuation(parent);
      const next = nextSibling(parent, i, (k) => kindOf(k) !== 'else');
      return next !== -1 ? [next] : continuation(parent);
    }
    const next = nextSibling(parent, i, () => true);
    return next !== -1 ? [next] : continuation(parent);
  }

  /** After its prompts, a menu runs one of its keypresses, or carries on after itself. */
  function menuChoice(menu: number): readonly number[] {
    return [...ctx.kids(menu).filter((k) => kindOf(k) === 'keypress'), ...continuation(menu)];
  }

  function firstOrContinue(i: number, accept: (k: number) => boolean): readonly number[] {
    const first = ctx.kids(i).find(accept);
    return first !== undefined ? [first] : continuation(i);
  }

  function computeSuccessors(i: number): readonly number[] {
    const e = elements[i];
    if (!e) return NONE;
    switch (e.kind) {
      case 'goto':
        return target(textOf(i));
      case 'hangup':
      case 'gotoXML':
        return NONE;
      case 'amd':
        return ctx.kids(i).length > 0 ? ctx.kids(i) : continuation(i);
      case 'menu': {
        const prompt = ctx.kids(i).find((k) => kindOf(k) !== 'keypress');
        return prompt !== undefined ? [prompt] : menuChoice(i);
      }
      case 'if': {
        const elseBranch = ctx.kids(i).find((k) => kindOf(k) === 'else');
        const whenFalse = elseBranch !== undefined ? [elseBranch] : continuation(i);
        return [...firstOrContinue(i, (k) => kindOf(k) !== 'else'), ...whenFalse];
      }
      case 'equal':
      case 'notEqual':
        return [...firstOrContinue(i, () => true), ...continuation(i)];
      case 'catch':
        return [...firstOrContinue(i, () => true), ...target(attrValue(e, 'goto'))];
      default:
        if (e.kind === 'unknown' || TAGS[e.kind].content === 'children')
          return firstOrContinue(i, () => true);
        return continuation(i);
    }
  }

  function textOf(i: number): string {
    let out = '';
    for (const c of elements[i]?.children ?? [])
      if (c.type === 'text' || c.type === 'cdata') out += c.value;
    return out;
  }

  function successors(i: number): readonly number[] {
    let memo = successorMemo[i];
    if (!memo) {
      memo = computeSuccessors(i);
      successorMemo[i] = memo;
    }
    return memo;
  }

  const start = ctx.dialplan ? elements.indexOf(ctx.dialplan) : -1;
  return { start, successors, reached: reachFrom(elements.length, start, successors) };
}

function reachFrom(
  count: number,
  start: number,
  successors: (i: number) => readonly number[],
): Uint8Array {
  const reached = new Uint8Array(count);
  if (start === -1) return reached;
  const queue: number[] = [start];
  reached[start] = 1;
  for (let q = 0; q < queue.length; q++) {
    for (const next of successors(queue[q] as number)) {
      if (reached[next]) continue;
      reached[next] = 1;
      queue.push(next);
    }
  }
  return reached;
}
