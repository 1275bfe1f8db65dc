/**
 * The execution graph of a dialplan, by the rules of simulator-semantics.md §1–3: children run in order,
 * a finished container continues after itself, `goto` jumps, `hangup` ends, a menu runs its prompts and
 * then one of its keypresses (or carries on after itself), `if`/`equal`/`notEqual` may or may not run
 * their children, `amd` runs `live` or `machine`, and a `catch` may jump to its target at any time.
 * An edge A → B means "B may run right after A starts". Nodes are element ordinals (see types.ts).
 *
 * Edges are produced on demand (`forEachSuccessor`) rather than stored as arrays: on a 10,000-element
 * dialplan the arrays were megabytes of garbage per validation.
 */
import { attrValue, textContent } from '../ast/query.ts';
import { TAGS } from '../schema/tags.ts';
import { parsePressed } from './pressed.ts';
import type { ValidationContext } from './types.ts';

export interface ReachGraph {
  /** The ordinal of the element a call starts with (the `<dialplan>` root), or -1. */
  start: number;
  /** Calls `visit` with each element that may run right after element `ordinal` starts. */
  forEachSuccessor(ordinal: number, visit: (next: number) => void): void;
  /** 1 for every element some call can reach from the start. */
  reached: Uint8Array;
  /**
   * `reached` as if `menusWithDefaultAlwaysBranch` were on (the same array when it is): made on first
   * use from this graph's own continuations, so the stricter reach costs one walk, not a second graph.
   */
  strictReached(): Uint8Array;
}

/**
 * A continuation, encoded in one number: `c >= 0` is the element that runs next, `END` the end of the
 * call, and `c <= -2` "menu `-c - 2` picks a keypress, or carries on after itself".
 */
const END = -1;
const UNSET = -0x7fffffff;
const menuChoice = (menu: number) => -menu - 2;

export interface FlowOptions {
  /**
   * A menu with a `default` keypress always takes a branch (simulator-semantics.md §2.6): it never
   * carries on after itself without one. Off by default: the flow rules written before it keep their
   * verdicts; the `no-way-in` rule asks for it.
   */
  menusWithDefaultAlwaysBranch?: boolean;
  /**
   * The end of the call is a node of its own, numbered `elements.length`: what falls off the end of the
   * dialplan (or jumps to no element) goes there. For edits that ask where a call leaves an element.
   */
  endIsANode?: boolean;
}

export function buildReachGraph(ctx: ValidationContext, options: FlowOptions = {}): ReachGraph {
  const { elements, parent: parentOf, index: indexOf, kidStart, kidList } = ctx;
  const firstKid = (i: number) => kidStart[i] ?? 0;
  const kidEnd = (i: number) => kidStart[i + 1] ?? 0;
  const alwaysBranch = options.menusWithDefaultAlwaysBranch === true;
  const continuations = new Int32Array(elements.length).fill(UNSET);
  /** Where each goto jumps (encoded as a continuation), worked out once per goto. */
  const jumps = new Int32Array(elements.length).fill(UNSET);
  /** Per menu: 0 not known yet, 1 it has a `default` keypress, 2 it has none. */
  const defaults = new Uint8Array(elements.length);
  const kindOf = (i: number) => elements[i]?.kind;

  function target(name: string | undefined): number {
    return name === undefined ? END : (ctx.byName.get(name.trim()) ?? END);
  }

  function jumpOf(i: number): number {
    let c = jumps[i] ?? END;
    if (c === UNSET) {
      c = target(textOf(i));
      jumps[i] = c;
    }
    return c;
  }

  /** The first sibling after `i` that `accept`s, or -1. */
  function nextSibling(parent: number, i: number, skip: string | undefined): number {
    const end = kidEnd(parent);
    for (let k = firstKid(parent) + (indexOf[i] ?? end) + 1; k < end; k++) {
      const kid = kidList[k] ?? -1;
      if (kindOf(kid) !== skip) return kid;
    }
    return -1;
  }

  /** What runs after element `i` finishes normally (encoded, see `END`). */
  function continuation(i: number): number {
    let c = continuations[i] ?? END;
    if (c === UNSET) {
      c = computeContinuation(i);
      continuations[i] = c;
    }
    return c;
  }

  function computeContinuation(i: number): number {
    const parent = parentOf[i] ?? -1;
    if (parent === -1) return END;
    const parentKind = kindOf(parent);
    if (parentKind === 'amd') return continuation(parent);
    if (parentKind === 'menu') {
      if (kindOf(i) === 'keypress') return continuation(parent);
      const next = nextSibling(parent, i, 'keypress');
      return next !== -1 ? next : menuChoice(parent);
    }
    if (parentKind === 'if') {
      if (kindOf(i) === 'else') return continuation(parent);
      const next = nextSibling(parent, i, 'else');
      return next !== -1 ? next : continuation(parent);
    }
    const next = nextSibling(parent, i, undefined);
    return next !== -1 ? next : continuation(parent);
  }

  function emit(c: number, visit: (next: number) => void, strict = alwaysBranch): void {
    if (c >= 0) visit(c);
    else if (c === END) {
      if (options.endIsANode) visit(elements.length);
    } else {
      const menu = -c - 2;
      for (let k = firstKid(menu); k < kidEnd(menu); k++) {
        const kid = kidList[k] ?? -1;
        if (kindOf(kid) === 'keypress') visit(kid);
      }
      if (!(strict && hasDefaultBranch(menu))) emit(continuation(menu), visit, strict);
    }
  }

  /** The first child not of kind `skip`, else what follows `i`. */
  function firstOrContinue(i: number, skip: string | undefined): number {
    return firstKidNot(i, skip) ?? continuation(i);
  }

  function successors(i: number, visit: (next: number) => void, strict: boolean): void {
    const e = elements[i];
    if (!e) return;
    switch (e.kind) {
      case 'goto':
        return emit(jumpOf(i), visit, strict);
      case 'hangup':
      case 'gotoXML':
        return;
      case 'amd':
        if (firstKid(i) === kidEnd(i)) return emit(continuation(i), visit, strict);
        for (let k = firstKid(i); k < kidEnd(i); k++) visit(kidList[k] ?? -1);
        return;
      case 'menu':
        return emit(firstOrContinueMenu(i), visit, strict);
      case 'if': {
        emit(firstOrContinue(i, 'else'), visit, strict);
        const elseBranch = firstKidOf(i, 'else');
        return emit(elseBranch ?? continuation(i), visit, strict);
      }
      case 'equal':
      case 'notEqual':
        emit(firstOrContinue(i, undefined), visit, strict);
        return emit(continuation(i), visit, strict);
      case 'catch':
        emit(firstOrContinue(i, undefined), visit, strict);
        return emit(target(attrValue(e, 'goto')), visit, strict);
      default:
        if (e.kind === 'unknown' || TAGS[e.kind].content === 'children')
          return emit(firstOrContinue(i, undefined), visit, strict);
        return emit(continuation(i), visit, strict);
    }
  }

  function forEachSuccessor(i: number, visit: (next: number) => void): void {
    successors(i, visit, alwaysBranch);
  }

  /** A menu first runs its prompts; with none, it goes straight to picking a keypress. */
  function firstOrContinueMenu(menu: number): number {
    return firstKidNot(menu, 'keypress') ?? menuChoice(menu);
  }

  /** The first child element of `i` not of kind `skip`. */
  function firstKidNot(i: number, skip: string | undefined): number | undefined {
    for (let k = firstKid(i); k < kidEnd(i); k++) {
      const kid = kidList[k] ?? -1;
      if (kindOf(kid) !== skip) return kid;
    }
    return undefined;
  }

  /** The first child element of `i` of kind `kind`. */
  function firstKidOf(i: number, kind: string): number | undefined {
    for (let k = firstKid(i); k < kidEnd(i); k++) {
      const kid = kidList[k] ?? -1;
      if (kindOf(kid) === kind) return kid;
    }
    return undefined;
  }

  function hasDefaultBranch(menu: number): boolean {
    if (defaults[menu] === 0) defaults[menu] = findDefaultBranch(menu) ? 1 : 2;
    return defaults[menu] === 1;
  }

  function findDefaultBranch(menu: number): boolean {
    for (let k = firstKid(menu); k < kidEnd(menu); k++) {
      const kid = elements[kidList[k] ?? -1];
      if (
        kid?.kind === 'keypress' &&
        parsePressed(attrValue(kid, 'pressed') ?? '').kind === 'default'
      )
        return true;
    }
    return false;
  }

  function textOf(i: number): string {
    const e = elements[i];
    return e ? textContent(e) : '';
  }

  const start = ctx.dialplan ? elements.indexOf(ctx.dialplan) : -1;
  const count = elements.length + (options.endIsANode ? 1 : 0);
  const reached = reachFrom(count, start, forEachSuccessor);
  let strictReached: Uint8Array | undefined = alwaysBranch ? reached : undefined;
  return {
    start,
    forEachSuccessor,
    reached,
    strictReached: () =>
      (strictReached ??= reachFrom(count, start, (i, visit) => successors(i, visit, true))),
  };
}

function reachFrom(
  count: number,
  start: number,
  forEachSuccessor: ReachGraph['forEachSuccessor'],
): Uint8Array {
  const reached = new Uint8Array(count);
  if (start === -1) return reached;
  const queue = new Int32Array(count);
  let length = 0;
  const visit = (next: number) => {
    if (reached[next]) return;
    reached[next] = 1;
    queue[length++] = next;
  };
  visit(start);
  for (let q = 0; q < length; q++) forEachSuccessor(queue[q] ?? 0, visit);
  return reached;
}
