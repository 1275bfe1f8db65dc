/**
 * The run loop: executes elements from a resume point until the call must wait (for input, for a prompt)
 * or ends, with the 10,000-step loop guard of semantics §1.5 (which tells a cycle from a straight run).
 */
import { execute } from './execute.ts';
import { SimulationLimit } from './limits.ts';
import { endCall, type Machine, type Pause } from './machine.ts';
import type { ProgramNode } from './program.ts';
import type { Resume } from './types.ts';

/** Elements executed without waiting for the caller before the call ends with reason `loop`. */
export const LOOP_LIMIT = 10_000;
const MAX_CYCLE_NAMES = 12;

function nodeOf(m: Machine, id: string): ProgramNode {
  const node = m.program.nodes.get(id);
  if (!node) throw new Error(`simulator: no element ${id}`); // a state from another document
  return node;
}

function label(node: ProgramNode): string {
  return node.name ?? node.id;
}

/**
 * The elements of the cycle the call is stuck in, or undefined when there is none: re-runs from `resume`
 * on a scratch copy (the real call's events and variables are untouched), through prompts, until an
 * element comes round again (a cycle), or the call would wait for input or end (a long straight run).
 */
function findCycle(m: Machine, resume: Resume): ProgramNode[] | undefined {
  const scratch: Machine = {
    ...m,
    variables: { ...m.variables },
    questionResponses: [...m.questionResponses],
    events: [],
  };
  delete scratch.visited;
  const seen = new Map<string, number>();
  const trail: ProgramNode[] = [];
  let next: Resume | Pause = resume;
  try {
    while (trail.length <= LOOP_LIMIT) {
      if (next.type === 'pause' && next.waiting.type === 'prompt') next = next.then;
      if (next.type !== 'run') return undefined;
      const node = nodeOf(scratch, next.id);
      const first = seen.get(node.id);
      if (first !== undefined) return trail.slice(first);
      seen.set(node.id, trail.length);
      trail.push(node);
      next = execute(scratch, node);
    }
  } catch (error) {
    if (error instanceof SimulationLimit) return undefined; // the real run reaches the cap itself
    throw error;
  }
  return undefined; // more than LOOP_LIMIT distinct elements in a row: still a straight run
}

function loopEnd(m: Machine, node: ProgramNode, cycle: readonly ProgramNode[]): Pause {
  const shown = cycle.filter((n) => n.name !== undefined || n.kind !== 'keypress');
  const names = shown.slice(0, MAX_CYCLE_NAMES).map(label);
  const more = shown.length > names.length ? ` … (${shown.length} elements)` : '';
  const message =
    `${LOOP_LIMIT} elements ran without waiting for the caller; ` +
    `cycle: ${names.join(' → ')}${more}`;
  return endCall(m, node, 'loop', message);
}

/**
 * The loop guard (semantics §1.5, docs/decisions/simulator.md): after `LOOP_LIMIT` elements without an
 * input wait, the call ends with `loop` only if it is in a real cycle. A long straight run (10,000
 * prompts in a row) has no element twice, so the guard re-arms for the next `LOOP_LIMIT` elements.
 */
function loopGuard(m: Machine, node: ProgramNode, resume: Resume): Pause | undefined {
  if (++m.steps <= LOOP_LIMIT) return undefined;
  const cycle = findCycle(m, resume);
  if (cycle) return loopEnd(m, node, cycle);
  m.steps = 1;
  return undefined;
}

/** Runs until the call waits or ends. */
export function runFrom(m: Machine, start: Resume): Pause {
  let resume = start;
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
    const node = nodeOf(m, resume.id);
    const loop = loopGuard(m, node, resume);
    if (loop) return loop;
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
