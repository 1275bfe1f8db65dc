/**
 * Scripted calls, as `dialplan simulate --input "1 timeout 123# hangup"` runs them (semantics §5): prompts
 * finish at once, and each token answers one menu.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { startCall, stepCall, stepCallTraced, stopCall } from './engine.ts';
import type {
  ScriptedCallResult,
  SimEvent,
  SimInput,
  SimOptions,
  SimState,
  StepResult,
} from './types.ts';

const DIGITS_TOKEN = /^[0-9*]*#?$/;

/** Checks `--input` tokens; returns the first bad one, or undefined when all are valid. */
export function invalidInputToken(tokens: readonly string[]): string | undefined {
  return tokens.find((t) => {
    const lower = t.toLowerCase();
    return lower !== 'timeout' && lower !== 'hangup' && (t === '' || !DIGITS_TOKEN.test(t));
  });
}

/** Splits an `--input` value into tokens (whitespace separated). */
export function inputTokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t !== '');
}

/**
 * Answers the menu that waits with one token: keys, then the timeout if the menu still collects.
 * `visited` as for `stepCallTraced` (test suites read the order elements ran).
 */
export function answerMenu(step: StepResult, token: string, visited?: Set<string>): StepResult[] {
  const stepCall = (state: SimState, input: SimInput) => stepCallTraced(state, input, visited);
  const lower = token.toLowerCase();
  if (lower === 'timeout') return [stepCall(step.state, { type: 'timeout' })];
  if (lower === 'hangup') return [stepCall(step.state, { type: 'hangup' })];
  const pressed = stepCall(step.state, { type: 'digits', digits: token });
  const before = step.state.waiting;
  const after = pressed.state.waiting;
  const stillCollecting =
    before.type === 'input' &&
    after.type === 'input' &&
    after.menuPath === before.menuPath &&
    after.collected !== '';
  return stillCollecting ? [pressed, stepCall(pressed.state, { type: 'timeout' })] : [pressed];
}

/**
 * Runs one call with the given answers. Tokens: digits optionally ending in `#`, `timeout`, `hangup`;
 * one per menu. When they run out while a menu waits, the call ends with `awaiting-input`. This is
 * what `dialplan simulate FILE --input "1 3" --json` prints.
 *
 * @example
 * const { document } = parseDialplan(text);
 * const call = runScriptedCall(document, { answer: 'live' }, ['1', '3']);
 * call.events.map(describeEvent); // ['Says: "Press 1 …"', 'Pressed 1', …]
 * call.end.reason; // 'hangup'
 */
export function runScriptedCall(
  document: DialplanDocument,
  options: Partial<SimOptions>,
  tokens: readonly string[],
): ScriptedCallResult {
  let step = startCall(document, options);
  const events: SimEvent[] = [...step.events];
  let next = 0;
  while (step.state.waiting.type !== 'ended') {
    const waiting = step.state.waiting;
    let steps: StepResult[];
    if (waiting.type === 'prompt') steps = [stepCall(step.state, { type: 'prompt-finished' })];
    else if (waiting.type === 'busy') steps = [stepCall(step.state, { type: 'continue' })];
    else {
      const token = tokens[next++];
      steps =
        token === undefined
          ? [stopCall(step.state, 'awaiting-input', 'no more --input tokens')]
          : answerMenu(step, token);
    }
    for (const s of steps) for (const e of s.events) events.push(e); // no spread: a step may hold 100,000s
    step = steps[steps.length - 1] ?? step;
  }
  const final = step.state;
  if (final.waiting.type !== 'ended') throw new Error('unreachable: the call has not ended');
  return {
    events,
    questionResponses: final.questionResponses.map((qr) => ({ ...qr })),
    variables: { ...final.variables },
    end: final.waiting.end,
  };
}
