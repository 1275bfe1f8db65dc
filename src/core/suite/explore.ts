/**
 * Explores the calls a dialplan can make: every answer (live, machine), every transfer outcome the
 * dialplan handles, and at every menu each of its branches (a key for each exact or range pattern, a key
 * no pattern takes, the timeout), its digit catches and a hang-up. States that only differ in the
 * answers recorded so far behave alike, so a state is known by where it waits, the last input and the
 * variables. The result is a graph of abstract states whose edges carry the branches a step takes.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { chooseBranch, type MenuRules } from '../simulate/menu-rules.ts';
import { compileProgram } from '../simulate/program.ts';
import type {
  AnswerType,
  EndReason,
  SimEvent,
  SimState,
  TransferOutcome,
} from '../simulate/types.ts';
import { branchMap, branchesTaken } from './coverage.ts';
import { answerToken, settle, startTestCall, Trail } from './drive.ts';
import { pushAll } from '../arrays.ts';

export interface ExploreEdge {
  token: string;
  /** Branch keys this step takes. */
  branches: string[];
  /** The state it leads to, or the end of the call. */
  to: ExploreNode | { end: EndReason };
}

export interface ExploreNode {
  key: string;
  edges: ExploreEdge[];
}

export interface ExploreRoot {
  caller: AnswerType;
  transfer: TransferOutcome;
  /** Branches taken before the first menu waits. */
  branches: string[];
  to: ExploreNode | { end: EndReason };
}

export interface Exploration {
  roots: ExploreRoot[];
  /** Every branch some explored call takes. */
  reachable: Set<string>;
  /** False when the state budget ran out (then `reachable` may miss branches). */
  complete: boolean;
  states: number;
}

/** States explored before giving up (a dialplan whose variables grow without bound). */
export const STATE_BUDGET = 50_000;
/**
 * States explored per place a call can wait (a counter that only grows would make new states forever);
 * past it the place's further variants are left unexplored and the exploration is incomplete.
 */
export const VARIANTS_PER_PLACE = 32;

const TOKEN = /^[0-9*]*#?$/;

/** The same place in calls answered differently (or with another transfer outcome) is another state. */
function placeKey(state: SimState): string {
  const w = state.waiting;
  const where = w.type === 'input' ? w.menuPath : w.type;
  return `${state.options.answer}\u0000${state.options.transfer}\u0000${where}`;
}

function stateKey(state: SimState): string {
  const variant = `${state.lastInput}\u0000${state.callerHungUp ? 1 : 0}\u0000${JSON.stringify(state.variables)}`;
  return `${placeKey(state)}\u0000${variant}`;
}

/** A key string that no exact or range pattern of the menu takes. */
function unmatchedKeys(rules: MenuRules): string | undefined {
  const length = Math.max(1, Math.min(rules.maxDigits, 4));
  for (const key of ['0', '9', '8', '7', '6', '5', '4', '3', '2', '1', '*']) {
    const keys = key.repeat(length);
    const branch = chooseBranch(rules, keys, false);
    if (!branch || branch.match.type === 'default') return keys;
  }
  return undefined;
}

/** The answers worth trying at a menu, each different. */
export function menuTokens(rules: MenuRules, catchKeys: readonly string[]): string[] {
  const tokens: string[] = [];
  for (const b of rules.branches) {
    if (b.match.type === 'exact' && TOKEN.test(b.match.value) && b.match.value !== '')
      tokens.push(b.match.value);
    if (b.match.type === 'range') tokens.push(b.match.low);
  }
  const other = unmatchedKeys(rules);
  if (other !== undefined) tokens.push(other);
  tokens.push('timeout');
  pushAll(
    tokens,
    catchKeys.filter((k) => TOKEN.test(k) && k !== ''),
  );
  tokens.push('hangup');
  return [...new Set(tokens)];
}

export function exploreCalls(document: DialplanDocument, budget = STATE_BUDGET): Exploration {
  const program = compileProgram(document);
  const { branches } = branchMap(document);
  const reachable = new Set<string>();
  const nodes = new Map<string, ExploreNode>();
  const queue: ExploreNode[] = [];
  const waiting: (SimState | undefined)[] = [];
  const perPlace = new Map<string, number>();
  let complete = true;

  const target = (state: SimState): ExploreNode | { end: EndReason } => {
    if (state.waiting.type === 'ended') return { end: state.waiting.end.reason };
    const key = stateKey(state);
    const known = nodes.get(key);
    if (known) return known;
    const node: ExploreNode = { key, edges: [] };
    const place = placeKey(state);
    const variants = (perPlace.get(place) ?? 0) + 1;
    perPlace.set(place, variants);
    if (nodes.size >= budget || variants > VARIANTS_PER_PLACE) complete = false;
    else {
      nodes.set(key, node);
      queue.push(node);
      waiting.push(state);
    }
    return node;
  };
  const taken = (trail: Trail, events: SimEvent[]) => {
    const keys = [...branchesTaken(document, trail.order, events)];
    for (const k of keys) reachable.add(k);
    return keys;
  };

  const answers: AnswerType[] = ['live'];
  if (branches.some((b) => program.nodes.get(b.key)?.kind === 'machine')) answers.push('machine');
  const transfers: TransferOutcome[] = ['answered'];
  if (branches.some((b) => b.key.endsWith('#no-answer'))) transfers.push('no-answer');

  const roots: ExploreRoot[] = [];
  for (const caller of answers) {
    for (const transfer of transfers) {
      const trail = new Trail();
      const events: SimEvent[] = [];
      const state = startTestCall(document, { name: '', caller, transfer }, trail, events);
      roots.push({ caller, transfer, branches: taken(trail, events), to: target(state) });
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as ExploreNode;
    const state = waiting[head];
    waiting[head] = undefined; // explored: let the state go
    if (state?.waiting.type !== 'input') continue;
    const w = state.waiting;
    const rules = program.menus.get(w.menuPath);
    const menu = program.nodes.get(w.menuPath);
    if (!rules || !menu) continue;
    const catchKeys = menu.digitCatches.map((c) => c.value ?? '');
    for (const token of menuTokens(rules, catchKeys)) {
      const trail = new Trail();
      const events: SimEvent[] = [];
      const steps = answerToken(state, token, trail);
      for (const s of steps.slice(0, -1)) for (const e of s.events) events.push(e);
      const last = steps[steps.length - 1];
      if (!last) continue;
      const next = settle(last, trail, events);
      node.edges.push({ token, branches: taken(trail, events), to: target(next) });
    }
  }
  return { roots, reachable, complete, states: nodes.size };
}
