/**
 * Drives a test's call through the engine like `dialplan simulate --input` (prompts finish at once, one
 * token per menu), and records the order in which elements ran, which branch coverage and `visits` read.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { startCallTraced, stepCallTraced, stopCall } from '../simulate/engine.ts';
import { answerMenu } from '../simulate/script.ts';
import { compileProgram } from '../simulate/program.ts';
import type { SimEvent, SimOptions, SimState, StepResult } from '../simulate/types.ts';
import type { SuiteTest } from './types.ts';

/** A `Set` the engine adds executed element ids to, keeping their order (repeats included). */
export class Trail extends Set<string> {
  readonly order: string[] = [];
  override add(id: string): this {
    this.order.push(id);
    return this;
  }
}

/** The simulator options a test's `caller`, `vars`, `http` and `transfer` stand for. */
export function testOptions(test: SuiteTest): Partial<SimOptions> {
  const variables: Record<string, string> = {};
  const contact: Record<string, string> = {};
  for (const [name, value] of Object.entries(test.vars ?? {})) {
    if (name.startsWith('contact.')) contact[name.slice('contact.'.length)] = value;
    else variables[name] = value;
  }
  return {
    answer: test.caller ?? 'live',
    variables,
    contact,
    http: { ...test.http },
    transfer: test.transfer ?? 'answered',
  };
}

export interface TracedCall {
  events: SimEvent[];
  /** Element ids in the order they ran. */
  trail: string[];
  final: SimState;
}

/** One caller answer at a waiting menu (as `dialplan simulate --input`), recording what ran. */
export function answerToken(state: SimState, token: string, trail: Trail): StepResult[] {
  return answerMenu({ state, events: [] }, token, trail);
}

/** Lets prompts outside menus finish until the call waits for the caller or ends. */
export function settle(result: StepResult, trail: Trail, events: SimEvent[]): SimState {
  let state = result.state;
  for (const e of result.events) events.push(e);
  while (state.waiting.type === 'prompt') {
    const next = stepCallTraced(state, { type: 'prompt-finished' }, trail);
    for (const e of next.events) events.push(e);
    state = next.state;
  }
  return state;
}

/** Starts a test's call (at its `start` element when it has one). */
export function startTestCall(
  document: DialplanDocument,
  test: SuiteTest,
  trail: Trail,
  events: SimEvent[],
  startId?: string,
): SimState {
  const startAt =
    startId ??
    (test.start === undefined ? undefined : compileProgram(document).byName.get(test.start)?.id);
  return settle(startCallTraced(document, testOptions(test), trail, startAt), trail, events);
}

/**
 * What ran between two answers of the caller: the elements in order and the events. Events made before
 * the first element (the input and branch chosen, a catch's jump) come first.
 */
export type OnBatch = (trail: readonly string[], events: readonly SimEvent[]) => void;

/**
 * Runs a test's call to its end; when the inputs run out at a menu it ends `awaiting-input`. `onBatch`
 * sees each stretch between answers (the debugger's element-by-element history); `startId` starts at an
 * element by id rather than by the test's `start` name.
 */
export function runTestCall(
  document: DialplanDocument,
  test: SuiteTest,
  onBatch?: OnBatch,
  startId?: string,
): TracedCall {
  const order: string[] = [];
  const events: SimEvent[] = [];
  let trail = new Trail();
  let batch: SimEvent[] = [];
  const flush = () => {
    onBatch?.(trail.order, batch);
    for (const id of trail.order) order.push(id);
    for (const e of batch) events.push(e);
    trail = new Trail();
    batch = [];
  };
  let state = startTestCall(document, test, trail, batch, startId);
  flush();
  const tokens = test.inputs ?? [];
  let next = 0;
  while (state.waiting.type === 'input') {
    const token = tokens[next++];
    if (token === undefined) {
      state = settle(stopCall(state, 'awaiting-input', 'no more --input tokens'), trail, batch);
      flush();
      break;
    }
    const steps = answerToken(state, token, trail);
    for (const s of steps.slice(0, -1)) for (const e of s.events) batch.push(e);
    state = settle(steps[steps.length - 1] ?? { state, events: [] }, trail, batch);
    flush();
  }
  return { events, trail: order, final: state };
}
