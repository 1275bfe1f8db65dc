import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  allElements,
  elementName,
  parseDialplan,
  startCall,
  startCallTraced,
  stepCall,
  stepCallTraced,
  type DialplanDocument,
  type SimOptions,
} from '../../core/index.ts';
import { CallDriver, type Breakpoints, type CallSnapshot } from './call-driver.ts';
import { highlightOf } from './call-highlight.ts';
import { realClock } from './clock.ts';

const POLL = parseDialplan(
  readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8'),
).document;

const OPTIONS: Partial<SimOptions> = { answer: 'live', now: '2026-01-05T15:00:00Z' };

/** A voice that takes 1 s per prompt, like captions timed by length; records what it was asked to say. */
function timedVoice() {
  const said: string[] = [];
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    said,
    say: (text: string, _voice: string | undefined, done: () => void) => {
      said.push(text);
      pending = setTimeout(done, 1000);
    },
    cancel: () => clearTimeout(pending),
  };
}

function pollCall(options: Partial<SimOptions> = OPTIONS) {
  const voice = timedVoice();
  const snapshots: CallSnapshot[] = [];
  const driver = new CallDriver({
    start: () => startCall(POLL, options),
    step: stepCall,
    voice,
    clock: realClock,
    onChange: (s) => snapshots.push(s),
  });
  return { driver, voice, snapshots, last: () => driver.current };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CallDriver on the political poll', () => {
  it('says the Live prompt, then takes 1 and 3 to goodbye, recording the answers', () => {
    const { driver, voice, last } = pollCall();
    expect(last().caption?.text).toMatch(/^Hello\. This is a call for a short political poll/);
    expect(last().speaking).toBe(true);
    vi.advanceTimersByTime(1000);
    expect(last().countdown?.ms).toBe(3500);
    driver.press('1');
    expect(voice.said.at(-1)).toMatch(/^Who will you vote for/);
    driver.press('3');
    vi.advanceTimersByTime(5000);
    expect(last().status).toBe('ended');
    expect(last().state.questionResponses).toEqual([
      { question: 'Vote', response: 'Yes' },
      { question: 'Candidate', response: '3' },
    ]);
    expect(last().answers).toEqual(['1', '3']);
    expect(voice.said.at(-1)).toMatch(/Thank you for taking our poll/);
  });

  it('cuts the prompt short when a key is pressed while it plays (barge-in)', () => {
    const { driver, voice, last } = pollCall();
    const cancel = vi.spyOn(voice, 'cancel');
    vi.advanceTimersByTime(300);
    driver.press('1');
    expect(cancel).toHaveBeenCalled();
    expect(last().caption?.text).toMatch(/^Who will you vote for/);
    expect(last().state.questionResponses).toEqual([{ question: 'Vote', response: 'Yes' }]);
  });

  it('takes the default branch when the 3.5 s menu timeout passes, and replays the prompt', () => {
    const { voice, last } = pollCall();
    vi.advanceTimersByTime(1000 + 3499);
    expect(last().events.some((e) => e.type === 'input')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(last().events.find((e) => e.type === 'input')).toMatchObject({
      digits: '',
      timedOut: true,
    });
    expect(voice.said.at(-1)).toBe('That is not a valid selection. Please try again.');
    vi.advanceTimersByTime(1000);
    expect(voice.said.at(-1)).toMatch(/^Hello\. This is a call/);
    expect(last().answers).toEqual(['timeout']);
  });

  it('plays the machine message and hangs up when a machine answers', () => {
    const { voice, last } = pollCall({ ...OPTIONS, answer: 'machine' });
    vi.advanceTimersByTime(1000);
    expect(voice.said).toHaveLength(1);
    expect(voice.said[0]).toMatch(/Sorry we missed you/);
    expect(last().status).toBe('ended');
    expect(last().events.at(-1)).toMatchObject({ type: 'end', reason: 'hangup' });
  });

  it('ends at once when the caller hangs up, with no timer left running', () => {
    const { driver, last } = pollCall();
    driver.hangUp();
    expect(last().events.at(-1)).toMatchObject({ type: 'end', reason: 'caller-hangup' });
    expect(last().answers).toEqual(['hangup']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives the views the element the call is on and the path it took', () => {
    const { driver, last } = pollCall();
    const atLive = highlightOf(last(), undefined);
    expect(atLive.activeId).toBe('/dialplan/menu[1]');
    driver.press('1');
    const atQuestion = highlightOf(last(), atLive);
    expect(atQuestion.activeId).toBe('/dialplan/menu[2]');
    expect(atQuestion.lastEdge).toEqual({ from: '/dialplan/menu[1]', to: '/dialplan/menu[2]' });
    expect(atQuestion.visitedIds).toContain('/dialplan/menu[1]/keypress[1]/stash');
  });
});

describe('CallDriver on a long cycle (issue 30)', () => {
  const setvars = Array.from(
    { length: 3000 },
    (_, i) => `<setvar name="${i === 0 ? 'top' : `s${i}`}" varname="n">\${n} + 1</setvar>`,
  );
  const CYCLE = parseDialplan(`<dialplan>${setvars.join('')}<goto>top</goto></dialplan>`).document;
  const options: Partial<SimOptions> = { variables: { n: '0' } };

  /** Fake time that moves 1 ms each time it is read, so a slice of work takes time. */
  const ticking = {
    now: () => Date.now() + reads++,
    setTimeout: realClock.setTimeout,
    clearTimeout: realClock.clearTimeout,
  };
  let reads = 0;

  function cycleCall() {
    const snapshots: CallSnapshot[] = [];
    const driver = new CallDriver({
      start: () => startCall(CYCLE, { ...options, sliceSteps: 100 }),
      step: stepCall,
      voice: timedVoice(),
      clock: ticking,
      onChange: (s) => snapshots.push(s),
    });
    return { driver, snapshots, last: () => driver.current };
  }

  it('runs in tasks, showing progress, and ends with the same loop as an unsliced run', () => {
    const { last, snapshots } = cycleCall();
    expect(last().state.waiting.type).toBe('busy');
    expect(last().status).toBe('running');
    vi.advanceTimersByTime(0);
    expect(last().state.waiting.type).toBe('busy'); // gave the page a turn before the end
    vi.runAllTimers();
    expect(snapshots.filter((s) => s.state.waiting.type === 'busy').length).toBeGreaterThan(1);
    expect(last().status).toBe('ended');
    const whole = [...startCall(CYCLE, options).events];
    expect(whole.at(-1)).toMatchObject({ type: 'end', reason: 'loop' });
    expect(last().events).toEqual(whole);
  });

  it('the caller can hang up while it runs; no timer is left', () => {
    const { driver, last } = cycleCall();
    vi.advanceTimersByTime(0);
    driver.hangUp();
    expect(last().events.at(-1)).toMatchObject({ type: 'end', reason: 'caller-hangup' });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('CallDriver at breakpoints (issue 27, "a call run at any speed pauses there")', () => {
  function idOf(document: DialplanDocument, name: string): string {
    const element = allElements(document).find((e) => elementName(e) === name);
    if (!element) throw new Error(`no element named ${name}`);
    return element.id;
  }

  function breakpointsAt(document: DialplanDocument, names: string[]): Breakpoints {
    const ids = new Set(names.map((n) => idOf(document, n)));
    const element = (id: string) => allElements(document).find((e) => e.id === id);
    return {
      has: (id) => ids.has(id),
      label: (id) => {
        const found = element(id);
        return (found && elementName(found)) ?? id;
      },
    };
  }

  function debugCall(document: DialplanDocument, names: string[], options = OPTIONS) {
    const voice = timedVoice();
    const driver = new CallDriver({
      start: (trail) => startCallTraced(document, options, trail),
      step: stepCallTraced,
      breakpoints: breakpointsAt(document, names),
      voice,
      clock: realClock,
      onChange: () => {},
    });
    return { driver, voice, last: () => driver.current };
  }

  it('pauses when the call reaches Question_01, says nothing until Continue, then asks it', () => {
    const { driver, voice, last } = debugCall(POLL, ['Question_01']);
    vi.advanceTimersByTime(1000);
    driver.press('1');
    expect(last().paused?.label).toBe('Question_01');
    expect(last().paused?.elementId).toBe(idOf(POLL, 'Question_01'));
    expect(voice.said.some((t) => t.startsWith('Who will you vote for'))).toBe(false);
    expect(highlightOf(last(), undefined).activeId).toBe(idOf(POLL, 'Question_01'));
    expect(vi.getTimerCount()).toBe(0); // no prompt, no countdown while paused
    driver.press('2'); // the keypad does not dial while paused
    expect(last().answers).toEqual(['1']);
    driver.continue();
    expect(last().paused).toBeUndefined();
    expect(voice.said.at(-1)).toMatch(/^Who will you vote for/);
    driver.press('3');
    expect(last().state.questionResponses).toEqual([
      { question: 'Vote', response: 'Yes' },
      { question: 'Candidate', response: '3' },
    ]);
  });

  it('Step moves one element at a time, and the call shows every event once', () => {
    const { driver, last } = debugCall(POLL, ['stash_Will_Vote']);
    vi.advanceTimersByTime(1000);
    driver.press('1');
    const labels = [last().paused?.label];
    while (last().paused) {
      driver.step();
      labels.push(last().paused?.label);
    }
    expect(labels[0]).toBe('stash_Will_Vote');
    // …through the elements after it, to the menu and the menu's prompt, then on (nothing held)
    expect(labels.slice(-3)).toEqual(['Question_01', 'play_Question_01', undefined]);
    expect(labels.length).toBeGreaterThan(3);
    const plain = pollCall();
    vi.advanceTimersByTime(1000);
    plain.driver.press('1');
    expect(last().events).toEqual(plain.last().events);
  });

  it('hanging up while paused ends the call with the held events shown', () => {
    const { driver, last } = debugCall(POLL, ['Question_01']);
    vi.advanceTimersByTime(1000);
    driver.press('1');
    driver.hangUp();
    expect(last().paused).toBeUndefined();
    expect(last().events.at(-1)).toMatchObject({ type: 'end', reason: 'caller-hangup' });
    expect(last().events.some((e) => e.type === 'stash' && e.question === 'Vote')).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses inside a long sliced run, and Continue goes on to the same element next time round', () => {
    const setvars = Array.from(
      { length: 600 },
      (_, i) => `<setvar name="${i === 0 ? 'top' : `s${i}`}" varname="n">\${n} + 1</setvar>`,
    );
    const cycle = parseDialplan(
      `<dialplan>${setvars.join('')}<goto>top</goto></dialplan>`,
    ).document;
    const { driver, last } = debugCall(cycle, ['s450'], {
      variables: { n: '0' },
      sliceSteps: 100,
    });
    vi.advanceTimersByTime(0);
    vi.runOnlyPendingTimers();
    while (!last().paused && last().status === 'running') vi.runOnlyPendingTimers();
    expect(last().paused?.label).toBe('s450');
    // shown up to the element before it (top sets 1, s449 sets 450)
    expect(last().events.at(-1)).toMatchObject({ type: 'setvar', value: '450' });
    driver.continue();
    while (!last().paused && last().status === 'running') vi.runOnlyPendingTimers();
    expect(last().paused?.label).toBe('s450');
    expect(last().events.at(-1)).toMatchObject({ type: 'setvar', value: String(450 + 600) });
  });
});
