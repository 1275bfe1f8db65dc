/**
 * The execution graph of a dialplan, by the rules of simulator-semantics.md §1–3: children run in order,
 * a finished container continues after itself, `goto` jumps, `hangup` ends, a menu runs its prompts and
 * then one of its keypresses (or carries on after itself), `if`/`equal`/`notEqual` may or may not run
 * their children, `amd` runs `live` or `machine`, and a `catch` may jump to its target at any time.
 * An edge A → B means "B may run right after A starts". Nodes are element ordinals (see types.ts).
 *
 * Edges are stored once in typed arrays (compressed rows: a target and a mark per edge, off the heap),
 * not as an array per element (megabytes of garbage on a 10,000-element dialplan) nor made again by
 * closures on every walk (the two reaches, the loop search and read-before-set each walked them).
 */
import { attrValue } from '../ast/query.ts';
import { TAGS } from '../schema/tags.ts';
import { ALL_KINDS, kindCode } from '../ast/kind-codes.ts';
import { parsePressed } from './pressed.ts';
import type { ValidationContext } from './types.ts';
import type { ElementNode } from '../ast/types.ts';

/** What a keypress without `pressed` reads as (`parsePressed('')`). */
const NO_PATTERN = parsePressed('');

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
const menuChoice = (menu: number) => -menu - 2;

const AMD = kindCode('amd');
const MENU = kindCode('menu');
const KEYPRESS = kindCode('keypress');
const IF = kindCode('if');
const ELSE = kindCode('else');
const GOTO = kindCode('goto');
const HANGUP = kindCode('hangup');
const GOTO_XML = kindCode('gotoXML');
const EQUAL = kindCode('equal');
const NOT_EQUAL = kindCode('notEqual');
const CATCH = kindCode('catch');
/** No kind: skipping `NONE` skips nothing. */
const NONE = -1;
/** By kind code: 1 when the element runs its children (unknown tags are read as containers). */
const HOLDS_CHILDREN = Uint8Array.from(ALL_KINDS, (kind) =>
  kind === 'unknown' || TAGS[kind].content === 'children' ? 1 : 0,
);

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
  const { elements, kidStart, kidList } = ctx;
  const firstKid = (i: number) => kidStart[i] ?? 0;
  const kidEnd = (i: number) => kidStart[i + 1] ?? 0;
  const alwaysBranch = options.menusWithDefaultAlwaysBranch === true;
  const count = elements.length + (options.endIsANode ? 1 : 0);
  const continuations = new Int32Array(elements.length).fill(END);
  /** Per menu: 0 not known yet, 1 it has a `default` keypress, 2 it has none. */
  const defaults = new Uint8Array(elements.length);
  const kinds = ctx.kinds;
  /** The kind code of element `i` (-1 for none). */
  const kindOf = (i: number) => kinds[i] ?? -1;

  function target(name: string | undefined): number {
    return name === undefined ? END : (ctx.byName.get(name.trim()) ?? END);
  }

  function jumpOf(i: number): number {
    const to = ctx.jumpOf(i);
    return to === -1 ? END : to;
  }

  /** What runs after element `i` finishes normally (encoded, see `END`). */
  function continuation(i: number): number {
    return continuations[i] ?? END;
  }

  // Every continuation, in one pass over the parents in document order (a parent's own continuation is
  // known before its children's, since its ordinal is smaller), each child list read from its end so
  // that "the next sibling not of kind …" is at hand: no recursion, no memo to check.
  for (let p = 0; p < elements.length; p++) {
    const from = firstKid(p);
    const to = kidEnd(p);
    if (from === to) continue;
    const parentKind = kindOf(p);
    const after = continuations[p] ?? END;
    if (parentKind === AMD) {
      for (let k = from; k < to; k++) continuations[kidList[k] ?? 0] = after;
      continue;
    }
    // A menu's prompts go on to its keypresses; an if's branch skips its else.
    const skip = parentKind === MENU ? KEYPRESS : parentKind === IF ? ELSE : NONE;
    let next = parentKind === MENU ? menuChoice(p) : after;
    for (let k = to - 1; k >= from; k--) {
      const kid = kidList[k] ?? 0;
      if (kindOf(kid) === skip) continuations[kid] = after;
      else {
        continuations[kid] = next;
        next = kid;
      }
    }
  }

  // The edges, made once for every element (CSR: `edgeStart[i]` … `edgeStart[i + 1]` in `edgeTo`), each
  // marked when only the looser flow has it (a menu with a `default` keypress carrying on after itself):
  // both reaches and every `forEachSuccessor` then read integers, with no closure per edge.
  let edgeTo = new Int32Array(elements.length * 2 + 16);
  let edgeLoose = new Uint8Array(edgeTo.length);
  let edgeCount = 0;
  const edgeStart = new Int32Array(count + 1);

  function add(next: number, loose: number): void {
    if (edgeCount === edgeTo.length) {
      const to = new Int32Array(edgeCount * 2);
      to.set(edgeTo);
      edgeTo = to;
      const marks = new Uint8Array(edgeCount * 2);
      marks.set(edgeLoose);
      edgeLoose = marks;
    }
    edgeTo[edgeCount] = next;
    edgeLoose[edgeCount++] = loose;
  }

  /** Adds the edges to continuation `c`; `loose`: 1 when only the looser flow takes them. */
  function emit(c: number, loose: number): void {
    if (c >= 0) add(c, loose);
    else if (c === END) {
      if (options.endIsANode) add(elements.length, loose);
    } else {
      const menu = -c - 2;
      for (let k = firstKid(menu); k < kidEnd(menu); k++) {
        const kid = kidList[k] ?? -1;
        if (kindOf(kid) === KEYPRESS) add(kid, loose);
      }
      emit(continuation(menu), hasDefaultBranch(menu) ? 1 : loose);
    }
  }

  /** The first child not of kind `skip`, else what follows `i`. */
  function firstOrContinue(i: number, skip: number): number {
    return firstKidNot(i, skip) ?? continuation(i);
  }

  /** By kind code (integers: no string comparison per element). */
  function addSuccessors(i: number): void {
    if (i >= elements.length) return; // the end of the call
    const kind = kindOf(i);
    switch (kind) {
      case GOTO:
        return emit(jumpOf(i), 0);
      case HANGUP:
      case GOTO_XML:
        return;
      case AMD:
        if (firstKid(i) === kidEnd(i)) return emit(continuation(i), 0);
        for (let k = firstKid(i); k < kidEnd(i); k++) add(kidList[k] ?? -1, 0);
        return;
      case MENU:
        return emit(firstOrContinueMenu(i), 0);
      case IF: {
        emit(firstOrContinue(i, ELSE), 0);
        const elseBranch = firstKidOf(i, ELSE);
        return emit(elseBranch ?? continuation(i), 0);
      }
      case EQUAL:
      case NOT_EQUAL:
        emit(firstOrContinue(i, NONE), 0);
        return emit(continuation(i), 0);
      case CATCH:
        emit(firstOrContinue(i, NONE), 0);
        return emit(target(attrValue(elements[i] as ElementNode, 'goto')), 0);
      default:
        if (HOLDS_CHILDREN[kind]) return emit(firstOrContinue(i, NONE), 0);
        return emit(continuation(i), 0);
    }
  }

  for (let i = 0; i < count; i++) {
    edgeStart[i] = edgeCount;
    addSuccessors(i);
  }
  edgeStart[count] = edgeCount;

  function forEachSuccessor(i: number, visit: (next: number) => void): void {
    const end = edgeStart[i + 1] ?? 0;
    for (let k = edgeStart[i] ?? 0; k < end; k++)
      if (!(alwaysBranch && edgeLoose[k])) visit(edgeTo[k] ?? 0);
  }

  /** A menu first runs its prompts; with none, it goes straight to picking a keypress. */
  function firstOrContinueMenu(menu: number): number {
    return firstKidNot(menu, KEYPRESS) ?? menuChoice(menu);
  }

  /** The first child element of `i` not of kind `skip`. */
  function firstKidNot(i: number, skip: number): number | undefined {
    for (let k = firstKid(i); k < kidEnd(i); k++) {
      const kid = kidList[k] ?? -1;
      if (kindOf(kid) !== skip) return kid;
    }
    return undefined;
  }

  /** The first child element of `i` of kind `kind`. */
  function firstKidOf(i: number, kind: number): number | undefined {
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
      const kid = kidList[k] ?? -1;
      if (kindOf(kid) === KEYPRESS && (ctx.pressedOf(kid) ?? NO_PATTERN).kind === 'default')
        return true;
    }
    return false;
  }

  const start = ctx.dialplan ? elements.indexOf(ctx.dialplan) : -1;
  const edges: Edges = { start: edgeStart, to: edgeTo, loose: edgeLoose };
  const reached = reachFrom(count, start, edges, alwaysBranch);
  let strictReached: Uint8Array | undefined = alwaysBranch ? reached : undefined;
  return {
    start,
    forEachSuccessor,
    reached,
    strictReached: () => (strictReached ??= reachFrom(count, start, edges, true)),
  };
}

interface Edges {
  start: Int32Array;
  to: Int32Array;
  loose: Uint8Array;
}

/** Breadth first from `start` over the edges (the loose ones left out when `strict`), no closures. */
function reachFrom(count: number, start: number, edges: Edges, strict: boolean): Uint8Array {
  const reached = new Uint8Array(count);
  if (start === -1) return reached;
  const queue = new Int32Array(count);
  const { start: from, to, loose } = edges;
  reached[start] = 1;
  queue[0] = start;
  let length = 1;
  for (let q = 0; q < length; q++) {
    const i = queue[q] ?? 0;
    const end = from[i + 1] ?? 0;
    for (let k = from[i] ?? 0; k < end; k++) {
      if (strict && loose[k]) continue;
      const next = to[k] ?? 0;
      if (reached[next]) continue;
      reached[next] = 1;
      queue[length++] = next;
    }
  }
  return reached;
}
