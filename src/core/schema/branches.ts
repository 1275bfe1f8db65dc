/**
 * Which elements are branches, in one place (issue 28: listed in seven files with three memberships).
 *
 * From the reference (dialplan-reference.md §2, §3.3–3.5, §3.11): a *branch* is a container that runs as
 * one outcome of the element around it — `keypress` (a menu's answer), `live` and `machine` (amd's two
 * outcomes) and `else` (the false side of an `if`). Execution falls through to the element after the
 * owner when a branch ends. `catch` is not a branch: it is a handler that any container may hold, entered
 * by an event, never by its parent's choice; code that treats it like a branch says so at the call.
 */
import type { ElementKind } from '../ast/types.ts';

/** keypress, live, machine, else: the containers that run as one outcome of their owner. */
export const BRANCH_KINDS: ReadonlySet<ElementKind> = new Set<ElementKind>([
  'keypress',
  'live',
  'machine',
  'else',
]);

/**
 * The branches chosen by the call itself — a caller's key (keypress) or the answering-machine detector
 * (live, machine) — rather than by an expression (else). These are the "answers" of a question and the
 * branches a person connects to a target.
 */
export const CALL_BRANCH_KINDS: ReadonlySet<ElementKind> = new Set<ElementKind>([
  'keypress',
  'live',
  'machine',
]);

/** Whether `kind` is a branch (keypress, live, machine, else). */
export function isBranchKind(kind: string): boolean {
  return BRANCH_KINDS.has(kind as ElementKind);
}

/** Whether `kind` is a branch the call chooses (keypress, live, machine). */
export function isCallBranchKind(kind: string): boolean {
  return CALL_BRANCH_KINDS.has(kind as ElementKind);
}
