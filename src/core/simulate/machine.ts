/**
 * The engine's working copy of a call for the length of one step. A step copies the immutable `SimState`
 * into a `Machine`, mutates that, and freezes the result into a new state: callers only ever see plain,
 * unshared data.
 */
import { collapseWhitespace } from '../ast/query.ts';
import { evaluateExpression } from './expression/evaluate.ts';
import { isTruthy, toText } from './expression/values.ts';
import type { CompiledProgram, ProgramNode } from './program.ts';
import type { CycleSearch } from './run.ts';
import type {
  EndEvent,
  EndReason,
  QuestionResponse,
  Resume,
  SimEvent,
  SimOptions,
  Waiting,
} from './types.ts';
import { checkCharactersMade, checkExpandedLength, checkVariableLength } from './limits.ts';
import {
  callVariables,
  clockVariables,
  contactVariable,
  expandVariables,
} from './variable-expansion.ts';

export interface Machine {
  program: CompiledProgram;
  options: SimOptions;
  variables: Record<string, string>;
  questionResponses: QuestionResponse[];
  lastInput: string;
  steps: number;
  /** Elements executed in the whole call (`SimState.stepsTotal`, the per-call step budget). */
  stepsTotal: number;
  /** Bumped when a variable takes a new value: a `goto` passed twice with no write between is a loop. */
  writes: number;
  /** Gotos passed in this run, with `writes` at the time (`run.ts`); kept across `busy` slices only. */
  gotoWatch?: Map<string, number>;
  /** A cycle search under way across `busy` slices (`run.ts`). */
  cycleSearch?: CycleSearch;
  /** Characters of text made in this call so far (`SimState.charactersMade`). */
  charactersMade: number;
  recordCount: number;
  callerHungUp: boolean;
  /** A menu prompt has been "played" since the last wait (the next collection starts with it playing). */
  promptQueued: boolean;
  events: SimEvent[];
  /** Every element executed, when a batch run measures coverage. */
  visited?: Set<string>;
}

/** The engine stops here: the call waits (or has ended), and resumes at `then`. */
export interface Pause {
  type: 'pause';
  waiting: Waiting;
  then: Resume;
}

export type Next = Resume | Pause;

type EventBody<T extends SimEvent = SimEvent> = T extends SimEvent
  ? Omit<T, 'path' | 'line'>
  : never;

/** Appends an event for `node` (its path and line are filled in). */
export function emit(m: Machine, node: ProgramNode, body: EventBody): void {
  // Completing the caller's fresh literal instead of spreading it: spreads of many event shapes were
  // the batch simulator's hottest spot.
  const event = body as SimEvent;
  event.path = node.id;
  event.line = node.line;
  m.events.push(event);
}

export function warn(m: Machine, node: ProgramNode, message: string): void {
  emit(m, node, { type: 'warning', message });
}

const END: Resume = { type: 'end' };

/**
 * Ends the call at `node`. After a caller hang-up caught by `catch type="hangup"`, reaching the end, a
 * `<hangup>`, or an element that would speak or wait all count as the caller's hang-up.
 */
export function endCall(m: Machine, node: ProgramNode, reason: EndReason, message?: string): Pause {
  const finalReason =
    m.callerHungUp && (reason === 'completed' || reason === 'hangup') ? 'caller-hangup' : reason;
  const end: EndEvent = {
    type: 'end',
    reason: finalReason,
    ...(message === undefined ? {} : { message }),
    path: node.id,
    line: node.line,
  };
  m.events.push(end);
  return { type: 'pause', waiting: { type: 'ended', end }, then: END };
}

const systemCache = new WeakMap<SimOptions, Map<string, string>>();

function systemVariables(options: SimOptions): Map<string, string> {
  let values = systemCache.get(options);
  if (!values) {
    values = new Map([...callVariables(options), ...clockVariables(options.now)]);
    systemCache.set(options, values);
  }
  return values;
}

/** The value of `${name}`: script variables, then the call's system values; unknown → '' + warning. */
export function lookupVariable(m: Machine, node: ProgramNode, name: string): string {
  if (name === 'call.lastinput') return m.lastInput;
  if (Object.hasOwn(m.variables, name)) return m.variables[name] ?? '';
  const value = systemVariables(m.options).get(name) ?? contactVariable(m.options, name);
  if (value !== undefined) return value;
  warn(m, node, `unknown variable \${${name}} (empty)`);
  return '';
}

/** Expands `${…}` references in `text` on behalf of `node`, within the caps of `limits.ts`. */
export function expand(m: Machine, node: ProgramNode, text: string): string {
  if (!text.includes('${')) return text;
  const expanded = expandVariables(
    text,
    (name) => lookupVariable(m, node, name),
    (length) => checkExpandedLength(node, length),
  );
  m.charactersMade += expanded.length;
  checkCharactersMade(node, m.charactersMade);
  return expanded;
}

export function expandTrimmed(m: Machine, node: ProgramNode, text: string | undefined): string {
  return text === undefined ? '' : expand(m, node, text).trim();
}

/** The element's text as spoken: expanded, whitespace collapsed (precomputed when it has no `${`). */
export function spokenText(m: Machine, node: ProgramNode): string {
  return node.spoken ?? collapseWhitespace(expand(m, node, node.text));
}

/**
 * An expanded expression's value as stored text. Text that is not an expression is kept as it is; a
 * refused expression is kept too, with a warning.
 */
export function valueOf(m: Machine, node: ProgramNode, expanded: string): string {
  const outcome = evaluateExpression(expanded);
  if (outcome.ok) return toText(outcome.value);
  if (outcome.refused) warn(m, node, `expression refused (${outcome.reason}); kept as text`);
  return expanded.trim();
}

/** An expanded condition: true or false; one that cannot be evaluated is false, with a warning. */
export function conditionOf(m: Machine, node: ProgramNode, expanded: string): boolean {
  const outcome = evaluateExpression(expanded);
  if (outcome.ok) return isTruthy(outcome.value);
  const why = outcome.refused ? 'refused' : 'could not be evaluated';
  warn(m, node, `condition ${why} (${outcome.reason}); taken as false`);
  return false;
}

/**
 * Sets a script variable on behalf of `node`; defined as an own property so that a name like
 * `__proto__` stays data. A value over the cap ends the call (`limits.ts`).
 */
export function setVariable(m: Machine, node: ProgramNode, name: string, value: string): void {
  checkVariableLength(node, name, value);
  m.charactersMade += value.length;
  checkCharactersMade(node, m.charactersMade);
  if (!Object.hasOwn(m.variables, name) || m.variables[name] !== value) m.writes++;
  Object.defineProperty(m.variables, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
