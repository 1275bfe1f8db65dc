/**
 * The run loop: executes elements from a resume point until the call must wait (for input, for a prompt)
 * or ends, with the 10,000-step loop guard of semantics §1.5 (which tells a cycle from a straight run).
 */
import { execute } from './execute.ts';
import { SimulationLimit } from './limits.ts';
import { endCall, type Machine, type Pause } from './machine.ts';
import type { ProgramNode } from './program.ts';
import type { Resume, SimCycleSearch } from './types.ts';

/** Elements executed without waiting for the caller before the call ends with reason `loop`. */
export const LOOP_LIMIT = 10_000;
/**
 * Elements one call may execute in all, waits included (docs/decisions/simulator.md, "Step budget"): a
 * loop the caller keeps feeding (a menu that runs 9,999 elements per answer) still ends.
 */
export const CALL_STEP_BUDGET = 1_000_000;
const MAX_CYCLE_NAMES = 12;

function nodeOf(m: Machine, id: string): ProgramNode {
  const node = m.program.nodes.get(id);
  if (!node) throw new Error(`simulator: no element ${id}`); // a state from another document
  return node;
}

function label(node: ProgramNode): string {
  return node.name ?? node.id;
}

/** How a cycle search ended: a cycle, or no element twice within `steps` elements (a straight run). */
type Search = { cycle: ProgramNode[] } | { steps: number };

/** Why a search runs: the 10,000-element guard, the per-call budget, or a goto passed twice unchanged. */
type Purpose = 'guard' | 'budget' | 'goto';

/**
 * Looks for the cycle the call is in: re-runs from `resume` on a scratch copy (the real call's events
 * and variables are untouched), through prompts, until an element comes round again (a cycle), or the
 * call would wait for input or end (a straight run of `steps` elements). Without a wait, an element must
 * come round within the document's element count, so the search is bounded by it (a cycle longer than
 * 10,000 elements is a cycle too). It advances in pieces, so a sliced run (`sliceSteps`) can pause in
 * the middle of a search of 20,000 elements and carry on in the next slice.
 */
export class CycleSearch implements SimCycleSearch {
  private readonly scratch: Machine;
  private readonly seen = new Map<string, number>();
  private readonly trail: ProgramNode[] = [];
  private readonly bound: number;
  private next: Resume | Pause;

  constructor(
    m: Machine,
    resume: Resume,
    readonly purpose: Purpose,
  ) {
    this.scratch = {
      ...m,
      variables: { ...m.variables },
      questionResponses: [...m.questionResponses],
      events: [],
    };
    delete this.scratch.visited;
    delete this.scratch.cycleSearch;
    this.bound = m.program.nodes.size + 1;
    this.next = resume;
  }

  get progress(): number {
    return this.trail.length;
  }

  /** Runs up to `allowance` more elements; the outcome, or undefined when the search goes on. */
  advance(allowance: number): Search | undefined {
    const { scratch, seen, trail } = this;
    try {
      for (let ran = 0; ran < allowance; ran++) {
        let next = this.next;
        if (next.type === 'pause' && next.waiting.type === 'prompt') next = next.then;
        if (next.type !== 'run') return { steps: trail.length };
        if (trail.length > this.bound) {
          throw new Error('simulator: a run longer than the document without an element twice');
        }
        const node = nodeOf(scratch, next.id);
        const first = seen.get(node.id);
        if (first !== undefined) return { cycle: trail.slice(first) };
        seen.set(node.id, trail.length);
        trail.push(node);
        this.next = execute(scratch, node);
      }
    } catch (error) {
      if (error instanceof SimulationLimit) return { steps: trail.length }; // the real run meets it
      throw error;
    }
    return undefined;
  }
}

/** The cycle read from where its (last) goto lands, so that it starts at the top of the loop. */
function fromGotoTarget(cycle: readonly ProgramNode[]): readonly ProgramNode[] {
  const at = cycle.findLastIndex((n) => n.kind === 'goto');
  return at < 0 ? cycle : [...cycle.slice(at + 1), ...cycle.slice(0, at + 1)];
}

/** `a → b → … (N elements)`: the first few of a cycle's elements and, for a long one, its length. */
export function describeCycle(cycle: readonly ProgramNode[]): string {
  const shown = fromGotoTarget(cycle).filter((n) => n.name !== undefined || n.kind !== 'keypress');
  const names = shown.slice(0, MAX_CYCLE_NAMES).map(label);
  const more =
    shown.length > names.length ? ` … (${shown.length.toLocaleString('en-US')} elements)` : '';
  return `${names.join(' → ')}${more}`;
}

function loopEnd(m: Machine, node: ProgramNode, why: string, cycle: readonly ProgramNode[]): Pause {
  return endCall(m, node, 'loop', `${why}; cycle: ${describeCycle(cycle)}`);
}

const LIMIT_REASON = `${LOOP_LIMIT} elements ran without waiting for the caller`;
const BUDGET_REASON =
  `the call ran ${CALL_STEP_BUDGET.toLocaleString('en-US')} elements, ` +
  'the most one call may run (the step budget)';
const GOTO_REASON =
  'the call came back to the same goto with no variable changed, so it never waits for the caller';

/**
 * A certain cycle, found early: the run reaches a `goto` it has passed since the call last waited (busy
 * slices aside), and no variable has changed in between. Nothing else steers the engine, so it would go
 * round for ever; ending now (instead of after 10,000 elements) makes such a call cheap (batch runs,
 * forecasts). `m.gotoWatch` holds, per goto passed, the variable version at the time.
 */
function passesGotoAgain(m: Machine, node: ProgramNode): boolean {
  const version = m.writes + m.recordCount;
  const watch = (m.gotoWatch ??= new Map());
  if (watch.get(node.id) === version) return true;
  watch.set(node.id, version);
  return false;
}

/**
 * What a finished search means. The loop guard (semantics §1.5): after `LOOP_LIMIT` elements without an
 * input wait, the call ends with `loop` only if it is in a real cycle; a long straight run (10,000
 * prompts in a row) has no element twice, and the search saw how far it goes, so the guard stays quiet
 * for that many elements and then re-arms (a cycle entered later is still caught, and a straight run of
 * N elements costs about 2N, not N²/10,000). The budget ends the call either way.
 */
function settle(m: Machine, node: ProgramNode, purpose: Purpose, found: Search): Pause | undefined {
  const cycle = 'cycle' in found ? found.cycle : undefined;
  if (purpose === 'budget') {
    if (cycle) return loopEnd(m, node, BUDGET_REASON, cycle);
    return endCall(m, node, 'loop', `${BUDGET_REASON}; last element: ${label(node)}`);
  }
  if (cycle) return loopEnd(m, node, purpose === 'guard' ? LIMIT_REASON : GOTO_REASON, cycle);
  if (purpose === 'guard' && 'steps' in found) m.steps = -found.steps;
  return undefined;
}

/**
 * The checks before an element runs: the loop guard, the per-call budget, a goto passed twice unchanged.
 * Returns the call's end, `busy` when a search must go on in the next slice, or undefined to run `node`.
 */
function guard(
  m: Machine,
  node: ProgramNode,
  resume: Resume,
  allowance: number,
): Pause | 'busy' | undefined {
  let search = m.cycleSearch;
  if (!search) {
    const purpose: Purpose | undefined =
      m.steps >= LOOP_LIMIT
        ? 'guard'
        : m.stepsTotal >= CALL_STEP_BUDGET
          ? 'budget'
          : node.kind === 'goto' && passesGotoAgain(m, node)
            ? 'goto'
            : undefined;
    if (purpose) search = new CycleSearch(m, resume, purpose);
  }
  if (search) {
    const found = search.advance(allowance);
    if (!found) {
      m.cycleSearch = search;
      return 'busy';
    }
    m.cycleSearch = undefined;
    const stop = settle(m, node, search.purpose, found);
    if (stop) return stop;
  }
  m.steps++;
  m.stepsTotal++;
  return undefined;
}

/**
 * Runs until the call waits or ends; with `options.sliceSteps`, pauses as `busy` after that many elements
 * (the studio gives the browser a turn, then sends `continue`).
 */
export function runFrom(m: Machine, start: Resume): Pause {
  const slice = m.options.sliceSteps;
  let resume = start;
  let ran = 0;
  for (;;) {
    if (resume.type === 'end') {
      const root = m.program.root;
      if (!root) throw new Error('simulator: a program without a root cannot run');
      return endCall(m, root, 'completed');
    }
    if (resume.type === 'collect') {
      const menu = nodeOf(m, resume.menuId);
      if (m.callerHungUp) return endCall(m, menu, 'caller-hangup');
      return waitForInput(m, menu, resume);
    }
    if (slice !== undefined && ran++ >= slice) {
      return { type: 'pause', waiting: { type: 'busy' }, then: resume };
    }
    const node = nodeOf(m, resume.id);
    const stop = guard(m, node, resume, slice ?? Infinity);
    if (stop === 'busy') return { type: 'pause', waiting: { type: 'busy' }, then: resume };
    if (stop) return stop;
    m.visited?.add(node.id);
    const next = execute(m, node);
    if (next.type === 'pause') return next;
    resume = next;
  }
}

function waitForInput(m: Machine, menu: ProgramNode, resume: Resume): Pause {
  const rules = m.program.menus.get(menu.id);
  if (!rules) throw new Error(`simulator: ${menu.id} is not a menu`);
  m.steps = 0;
  const promptPlaying = m.promptQueued;
  m.promptQueued = false;
  return {
    type: 'pause',
    waiting: {
      type: 'input',
      menuPath: menu.id,
      ...(menu.name === undefined ? {} : { menuName: menu.name }),
      timeoutMs: rules.timeoutMs,
      maxDigits: rules.maxDigits,
      collected: '',
      promptPlaying,
    },
    then: resume,
  };
}
