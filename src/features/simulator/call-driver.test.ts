import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDialplan, startCall, stepCall, type SimOptions } from '../../core/index.ts';
import { CallDriver, type CallSnapshot } from './call-driver.ts';
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
