/**
 * The run loop: executes elements from a resume point until the call must wait (for input, for a prompt)
 * or ends, with the 10,000-step loop guard of semantics §1.5.
 */
import { execute } from './execute.ts';
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
 * The elements of the cycle the call is stuck in: re-runs from `resume` on a scratch copy (the real
 * call's events and variables are untouched) until an element comes round again.
 */
function cycleFrom(m: Machine, resume: Resume): ProgramNode[] {
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
  while (next.type === 'run' && trail.length < LOOP_LIMIT) {
    const node = nodeOf(scratch, next.id);
    const first = seen.get(node.id);
    if (first !== undefined) return trail.slice(first);
    seen.set(node.id, trail.length);
    trail.push(node);
    next = execute(scratch, node);
  }
  return trail;
}

function loopEnd(m: Machine, node: ProgramNode, resume: Resume): Pause {
  const cycle = cycleFrom(m, resume).filter((n) => n.name !== undefined || n.kind !== 'keypress');
  const names = cycle.slice(0, MAX_CYCLE_NAMES).map(label);
  const more = cycle.length > names.length ? ` … (${cycle.length} elements)` : '';
  const message =
    `${LOOP_LIMIT} elements ran without waiting for the caller; ` +
    `cycle: ${names.join(' → ')}${more}`;
  return endCall(m, node, 'loop', message);
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
    if (++m.steps > LOOP_LIMIT) return loopEnd(m, node, resume);
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
