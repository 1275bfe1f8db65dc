/**
 * What the caller does while the call waits: keys (with barge-in, `#`, `maxDigits` and digit catches),
 * the inter-digit timeout, and hanging up (with hangup catches). Semantics §2 and §3 (catch).
 */
import { jump } from './execute.ts';
import { emit, endCall, warn, type Machine, type Next, type Pause } from './machine.ts';
import { chooseBranch } from './menu-rules.ts';
import type { ProgramNode } from './program.ts';
import { runFrom } from './run.ts';
import type { Waiting } from './types.ts';

type InputWaiting = Extract<Waiting, { type: 'input' }>;

const KEY = /^[0-9*#]$/;

function continueWith(m: Machine, next: Next): Pause {
  return next.type === 'pause' ? next : runFrom(m, next);
}

/** Collection is over: report the input, pick the branch, run it (semantics §2.5–§2.7). */
export function finishCollection(
  m: Machine,
  menu: ProgramNode,
  digits: string,
  how: 'timeout' | 'hash' | 'max-digits',
): Pause {
  const rules = m.program.menus.get(menu.id);
  if (!rules) throw new Error(`simulator: ${menu.id} is not a menu`);
  emit(m, menu, { type: 'input', digits, timedOut: how === 'timeout' });
  m.lastInput = digits;
  const branch = chooseBranch(rules, digits, how === 'hash');
  const branchNode = branch ? m.program.nodes.get(branch.id) : undefined;
  const body = {
    type: 'branch' as const,
    ...(menu.name === undefined ? {} : { menu: menu.name }),
    pressed: branch ? branch.pressed : null,
  };
  emit(m, branchNode ?? menu, body);
  return runFrom(m, branchNode ? { type: 'run', id: branchNode.id } : menu.after);
}

/** A digit catch around `node` for `key`, innermost first. */
function digitCatchFor(node: ProgramNode, key: string) {
  return node.digitCatches.find((c) => c.value === key);
}

function catchJump(m: Machine, catchId: string, target: string): Pause {
  const catchNode = m.program.nodes.get(catchId);
  if (!catchNode) throw new Error(`simulator: no element ${catchId}`);
  return continueWith(m, jump(m, catchNode, target));
}

function ignoreRest(m: Machine, node: ProgramNode, rest: string): void {
  if (rest !== '') warn(m, node, `keys '${rest}' came after the input had ended; ignored`);
}

export type KeysResult = { pause: Pause } | { collected: string };

/** Keys pressed while a menu collects (prompts may still be playing: barge-in). */
export function pressKeysInMenu(
  m: Machine,
  menu: ProgramNode,
  waiting: InputWaiting,
  keys: string,
): KeysResult {
  let collected = waiting.collected;
  for (let i = 0; i < keys.length; i++) {
    const key = keys.charAt(i);
    const trap = digitCatchFor(menu, key);
    if (!trap && key !== '#' && !KEY.test(key)) {
      warn(m, menu, `'${key}' is not a phone key; ignored`);
      continue;
    }
    if (!trap && key !== '#') collected += key;
    if (!trap && key !== '#' && collected.length < waiting.maxDigits) continue;
    // The input ends here: report ignored keys first, so the call's last event stays its end.
    ignoreRest(m, menu, keys.slice(i + 1));
    if (trap) return { pause: catchJump(m, trap.id, trap.goto) };
    const how = key === '#' ? 'hash' : 'max-digits';
    return { pause: finishCollection(m, menu, collected, how) };
  }
  return { collected };
}

/** Keys pressed while a prompt outside a menu plays: only a digit catch reacts. */
export function pressKeysDuringPrompt(
  m: Machine,
  node: ProgramNode,
  keys: string,
): Pause | undefined {
  for (let i = 0; i < keys.length; i++) {
    const trap = digitCatchFor(node, keys.charAt(i));
    if (trap) {
      ignoreRest(m, node, keys.slice(i + 1));
      return catchJump(m, trap.id, trap.goto);
    }
  }
  return undefined;
}

/** The caller hangs up while the call waits at `node` (semantics §1.4 and catch hangup). */
export function callerHangsUp(m: Machine, node: ProgramNode): Pause {
  const trap = m.callerHungUp ? undefined : node.hangupCatch;
  if (!trap) return endCall(m, node, 'caller-hangup');
  m.callerHungUp = true;
  return catchJump(m, trap.id, trap.goto);
}
