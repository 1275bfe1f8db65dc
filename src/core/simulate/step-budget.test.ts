/**
 * The step budget (issue 30 item 1): a cycle of any length ends with `loop` naming it, a call executes at
 * most `CALL_STEP_BUDGET` elements, and a sliced run (the studio's) gives the same call as an unsliced one.
 */
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { startCall, stepCall } from './engine.ts';
import { CALL_STEP_BUDGET, LOOP_LIMIT } from './run.ts';
import { call } from './simulate.test-support.ts';
import type { SimEvent, SimOptions, SimState } from './types.ts';

/** `count` empty setvars named s0…, the first named `top`, then a goto back to it. */
function silentCycle(count: number): string {
  const setvars = Array.from(
    { length: count },
    (_, i) => `<setvar name="${i === 0 ? 'top' : `s${i}`}" varname="v"/>`,
  );
  return `${setvars.join('')}<goto name="back">top</goto>`;
}

describe('cycles longer than the loop guard', () => {
  it('10,500 silent setvars and a goto back end with loop, naming the first few and the count', () => {
    const result = call(silentCycle(10_500));
    expect(result.end.reason).toBe('loop');
    expect(result.end.message).toContain(`${LOOP_LIMIT} elements ran without waiting`);
    expect(result.end.message).toMatch(/cycle: top → s1 → s2 → .* … \(10,501 elements\)$/);
  });

  it('a 20,000-element cycle whose variable changes every turn still ends with loop', () => {
    const steps = Array.from(
      { length: 20_000 },
      (_, i) => `<setvar name="s${i}" varname="n">\${n} + 1</setvar>`,
    );
    const result = call(`${steps.join('')}<goto>s0</goto>`, '', { variables: { n: '0' } });
    expect(result.end.reason).toBe('loop');
    expect(result.end.message).toContain('(20,001 elements)');
    expect(Number(result.variables['n'])).toBeLessThanOrEqual(LOOP_LIMIT + 1);
  });

  it('a straight run longer than the guard is not a loop, and a cycle after it is caught', () => {
    const plays = Array.from({ length: 25_000 }, (_, i) => `<setvar varname="a">${i}</setvar>`);
    expect(call(plays.join('')).end.reason).toBe('completed');
    const looped = call(
      `${plays.join('')}<setvar name="P" varname="b">1</setvar><goto name="G">P</goto>`,
    );
    expect(looped.end.reason).toBe('loop');
    expect(looped.end.message).toMatch(/cycle: P → G$/);
  });
});

describe('the per-call step budget', () => {
  it('a menu loop the caller keeps answering ends once the call has run the budget', () => {
    const perTurn = 9_000;
    const work = '<live/>'.repeat(perTurn); // containers that say nothing: cheap, no events
    const body = `<menu name="M"><keypress pressed="1">${work}<goto>M</goto></keypress></menu>`;
    const turns = Math.ceil(CALL_STEP_BUDGET / perTurn) + 5;
    const result = call(body, Array(turns).fill('1').join(' '));
    expect(result.end.reason).toBe('loop');
    expect(result.end.message).toContain(
      `the call ran ${CALL_STEP_BUDGET.toLocaleString('en-US')} elements`,
    );
    const answered = result.events.filter((e) => e.type === 'input').length;
    expect(answered).toBeLessThan(turns);
    expect(answered).toBeGreaterThanOrEqual(Math.floor(CALL_STEP_BUDGET / (perTurn + 3)));
  });
});

/** Runs a call to its end, answering every menu with `1`, continuing every busy pause. */
function runToEnd(xml: string, options: Partial<SimOptions>): { events: SimEvent[]; busy: number } {
  const { document } = parseDialplan(xml);
  let { state, events } = startCall(document, options);
  const all = [...events];
  let busy = 0;
  let answers = 0;
  while (state.waiting.type !== 'ended') {
    const waiting: SimState['waiting'] = state.waiting;
    if (waiting.type === 'busy') busy++;
    const input =
      waiting.type === 'busy'
        ? ({ type: 'continue' } as const)
        : waiting.type === 'prompt'
          ? ({ type: 'prompt-finished' } as const)
          : answers++ < 3
            ? ({ type: 'digits', digits: '1' } as const)
            : ({ type: 'hangup' } as const);
    ({ state, events } = stepCall(state, input));
    for (const e of events) all.push(e);
  }
  return { events: all, busy };
}

describe('sliced runs (SimOptions.sliceSteps)', () => {
  const documents = [
    `<dialplan>${silentCycle(300)}</dialplan>`,
    `<dialplan><play type="tts" name="P">hi</play>${'<setvar varname="x">1</setvar>'.repeat(250)}<goto>P</goto></dialplan>`,
    `<dialplan><menu name="M"><play type="tts">q</play><keypress pressed="1">${'<stash varname="q">a</stash>'.repeat(120)}<goto>M</goto></keypress></menu></dialplan>`,
  ];

  it.each(documents.map((xml, i) => [i, xml]))(
    'document %i: the same events as one run',
    (_, xml) => {
      const whole = runToEnd(xml, {});
      const sliced = runToEnd(xml, { sliceSteps: 37 });
      expect(whole.busy).toBe(0);
      expect(sliced.busy).toBeGreaterThan(3);
      expect(sliced.events).toEqual(whole.events);
    },
  );

  it('a search for a 10,500-element cycle goes on across slices; an old busy state can be continued again', () => {
    const { document } = parseDialplan(`<dialplan>${silentCycle(10_500)}</dialplan>`);
    let state = startCall(document, { sliceSteps: 1000 }).state;
    const busyStates: SimState[] = [];
    while (state.waiting.type === 'busy') {
      busyStates.push(state);
      state = stepCall(state, { type: 'continue' }).state;
    }
    expect(state.waiting).toMatchObject({ type: 'ended', end: { reason: 'loop' } });
    // A state in the middle of the search, continued a second time, ends the same way.
    const middle = busyStates.find((s) => s.cycleSearch !== undefined);
    expect(middle).toBeDefined();
    let again = middle as SimState;
    while (again.waiting.type === 'busy') again = stepCall(again, { type: 'continue' }).state;
    expect(again.waiting).toEqual(state.waiting);
  });

  it('a caller may hang up while the call is busy', () => {
    const { document } = parseDialplan(`<dialplan>${silentCycle(500)}</dialplan>`);
    const first = startCall(document, { sliceSteps: 50 });
    expect(first.state.waiting.type).toBe('busy');
    const { state } = stepCall(first.state, { type: 'hangup' });
    expect(state.waiting).toMatchObject({ type: 'ended', end: { reason: 'caller-hangup' } });
  });
});
