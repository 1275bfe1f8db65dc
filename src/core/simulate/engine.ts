/**
 * The call simulator's public entry points: `startCall` and `stepCall` are pure functions from a state
 * and an input to a new state and the events produced (see `types.ts` for how a driver uses them).
 *
 * @example
 * let { state, events } = startCall(document, { answer: 'live' });
 * ({ state, events } = stepCall(state, { type: 'digits', digits: '1' }));
 */
import type { DialplanDocument } from '../ast/types.ts';
import {
  callerHangsUp,
  finishCollection,
  pressKeysDuringPrompt,
  pressKeysInMenu,
} from './input.ts';
import { SimulationLimit } from './limits.ts';
import { endCall, type Machine, type Pause } from './machine.ts';
import { withDefaults } from './options.ts';
import { compiledProgram, compileProgram, type ProgramNode } from './program.ts';
import { runFrom, type CycleSearch } from './run.ts';
import type { EndReason, SimInput, SimOptions, SimState, StepResult } from './types.ts';

function machineOf(state: SimState, visited?: Set<string>): Machine {
  return {
    program: compiledProgram(state.program),
    options: state.options,
    variables: { ...state.variables },
    questionResponses: [...state.questionResponses],
    lastInput: state.lastInput,
    steps: state.stepsSinceWait,
    stepsTotal: state.stepsTotal,
    writes: state.writes,
    ...(state.waiting.type === 'busy' && state.gotoWatch
      ? { gotoWatch: new Map(state.gotoWatch) }
      : {}),
    // A search is taken up only where this state left it: continuing an older state starts afresh.
    ...(state.waiting.type === 'busy' &&
    state.cycleSearch?.search.progress === state.cycleSearch?.at
      ? { cycleSearch: state.cycleSearch?.search as CycleSearch }
      : {}),
    charactersMade: state.charactersMade,
    recordCount: state.recordCount,
    callerHungUp: state.callerHungUp,
    promptQueued: false,
    events: [],
    ...(visited ? { visited } : {}),
  };
}

function stateOf(m: Machine, pause: Pause): StepResult {
  const state: SimState = {
    program: m.program,
    options: m.options,
    waiting: pause.waiting,
    resume: pause.then,
    variables: m.variables,
    questionResponses: m.questionResponses,
    lastInput: m.lastInput,
    stepsSinceWait: m.steps,
    stepsTotal: m.stepsTotal,
    writes: m.writes,
    ...(pause.waiting.type === 'busy' && m.gotoWatch ? { gotoWatch: m.gotoWatch } : {}),
    ...(pause.waiting.type === 'busy' && m.cycleSearch
      ? { cycleSearch: { search: m.cycleSearch, at: m.cycleSearch.progress } }
      : {}),
    charactersMade: m.charactersMade,
    recordCount: m.recordCount,
    callerHungUp: m.callerHungUp,
  };
  return { state, events: m.events };
}

/** Runs one step of `m`; a cap reached on the way (`limits.ts`) ends the call with reason `error`. */
function withinLimits(m: Machine, step: () => StepResult): StepResult {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof SimulationLimit)) throw error;
    return stateOf(m, endCall(m, error.node, 'error', error.message));
  }
}

/**
 * Starts a call; `visited` (batch coverage) collects the id of every element executed. `startAt` (an
 * element id; test suites' `start`) begins the call at that element instead of the root.
 */
export function startCallTraced(
  document: DialplanDocument,
  options: Partial<SimOptions> | undefined,
  visited: Set<string> | undefined,
  startAt?: string,
): StepResult {
  const program = compileProgram(document);
  const full = withDefaults(options);
  const m: Machine = {
    program,
    options: full,
    variables: { ...full.variables },
    questionResponses: [],
    lastInput: '',
    steps: 0,
    stepsTotal: 0,
    writes: 0,
    charactersMade: 0,
    recordCount: 0,
    callerHungUp: false,
    promptQueued: false,
    events: [],
    ...(visited ? { visited } : {}),
  };
  const root = program.root;
  if (!root) {
    const nowhere: ProgramNode = { id: '/', line: 1 } as ProgramNode;
    return stateOf(m, endCall(m, nowhere, 'error', 'the document has no root element'));
  }
  const first = startAt === undefined ? root : (program.nodes.get(startAt) ?? root);
  return withinLimits(m, () => stateOf(m, runFrom(m, { type: 'run', id: first.id })));
}

/**
 * Starts a call on a parsed dialplan with the given options (defaults: `defaultSimOptions()`); drive
 * it with {@link stepCall}.
 *
 * @example
 * let { state, events } = startCall(parseDialplan(text).document, { answer: 'inbound' });
 * ({ state, events } = stepCall(state, { type: 'digits', digits: '1' }));
 */
export function startCall(document: DialplanDocument, options?: Partial<SimOptions>): StepResult {
  return startCallTraced(document, options, undefined);
}

function nodeAt(m: Machine, id: string): ProgramNode {
  const node = m.program.nodes.get(id);
  if (!node) throw new Error(`simulator: no element ${id}`);
  return node;
}

function onInputWaiting(state: SimState, m: Machine, input: SimInput): StepResult {
  const waiting = state.waiting;
  if (waiting.type !== 'input') return { state, events: [] };
  const menu = nodeAt(m, waiting.menuPath);
  switch (input.type) {
    case 'hangup':
      return stateOf(m, callerHangsUp(m, menu));
    case 'timeout':
      return stateOf(m, finishCollection(m, menu, waiting.collected, 'timeout'));
    case 'prompt-finished':
      return { state: { ...state, waiting: { ...waiting, promptPlaying: false } }, events: [] };
    case 'continue':
      return { state, events: [] };
    case 'digits': {
      const result = pressKeysInMenu(m, menu, waiting, input.digits);
      if ('pause' in result) return stateOf(m, result.pause);
      const next = { ...waiting, collected: result.collected, promptPlaying: false };
      return { state: { ...state, waiting: next }, events: m.events };
    }
  }
}

function onPromptWaiting(state: SimState, m: Machine, input: SimInput): StepResult {
  const waiting = state.waiting;
  if (waiting.type !== 'prompt') return { state, events: [] };
  const node = nodeAt(m, waiting.path);
  switch (input.type) {
    case 'hangup':
      return stateOf(m, callerHangsUp(m, node));
    case 'prompt-finished':
      return stateOf(m, runFrom(m, state.resume));
    case 'digits': {
      const pause = pressKeysDuringPrompt(m, node, input.digits);
      return pause ? stateOf(m, pause) : { state, events: [] };
    }
    case 'timeout':
    case 'continue':
      return { state, events: [] };
  }
}

/** A `busy` pause (`SimOptions.sliceSteps`): `continue` runs the next slice; the caller may hang up. */
function onBusy(state: SimState, m: Machine, input: SimInput): StepResult {
  const resume = state.resume;
  if (input.type === 'continue') return stateOf(m, runFrom(m, resume));
  if (input.type === 'hangup' && resume.type === 'run') {
    return stateOf(m, callerHangsUp(m, nodeAt(m, resume.id)));
  }
  return { state, events: [] };
}

/** Advances a call by one input; `visited` as for `startCallTraced`. */
export function stepCallTraced(
  state: SimState,
  input: SimInput,
  visited: Set<string> | undefined,
): StepResult {
  if (state.waiting.type === 'ended') return { state, events: [] };
  const m = machineOf(state, visited);
  return withinLimits(m, () => {
    if (state.waiting.type === 'input') return onInputWaiting(state, m, input);
    if (state.waiting.type === 'busy') return onBusy(state, m, input);
    return onPromptWaiting(state, m, input);
  });
}

/**
 * Advances a call by one input. Digits pressed during a menu's prompts are accepted at once (barge-in);
 * an input that means nothing in the current wait (a timeout during a prompt) changes nothing.
 */
export function stepCall(state: SimState, input: SimInput): StepResult {
  return stepCallTraced(state, input, undefined);
}

/** Ends a waiting call from outside (the scripted runner's `awaiting-input`). */
export function stopCall(state: SimState, reason: EndReason, message?: string): StepResult {
  const waiting = state.waiting;
  if (waiting.type === 'ended') return { state, events: [] };
  const m = machineOf(state);
  const at =
    waiting.type === 'input'
      ? waiting.menuPath
      : waiting.type === 'prompt'
        ? waiting.path
        : state.resume.type === 'run'
          ? state.resume.id
          : (compiledProgram(state.program).root?.id ?? '/');
  return stateOf(m, endCall(m, nodeAt(m, at), reason, message));
}
