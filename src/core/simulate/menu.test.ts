import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { startCall, stepCall } from './engine.ts';
import { call, eventsOf, heard } from './simulate.test-support.ts';
import type { SimState } from './types.ts';

const MENU = (attrs: string, keypresses: string) =>
  `<menu name="M" ${attrs}><play type="tts">choose</play>${keypresses}</menu>` +
  `<play type="tts">after menu</play>`;
const KP = (pressed: string, text = pressed) =>
  `<keypress pressed="${pressed}"><play type="tts">got ${text}</play></keypress>`;

function waitingInput(state: SimState) {
  if (state.waiting.type !== 'input')
    throw new Error(`not waiting for input: ${state.waiting.type}`);
  return state.waiting;
}

describe('menus: collection (semantics §2.1–§2.5)', () => {
  it('runs the prompts first, then waits with the prompt still playing', () => {
    const { document } = parseDialplan(`<dialplan>${MENU('timeout="3500"', KP('1'))}</dialplan>`);
    const { state, events } = startCall(document);
    expect(events.map((e) => e.type)).toEqual(['play']);
    expect(waitingInput(state)).toMatchObject({
      menuPath: '/dialplan/menu',
      menuName: 'M',
      timeoutMs: 3500,
      maxDigits: 1,
      collected: '',
      promptPlaying: true,
    });
  });

  it('accepts digits while the prompt plays (barge-in)', () => {
    const { document } = parseDialplan(`<dialplan>${MENU('', KP('1'))}</dialplan>`);
    const started = startCall(document);
    const { state, events } = stepCall(started.state, { type: 'digits', digits: '1' });
    expect(events.map((e) => e.type)).toEqual(['input', 'branch', 'play']);
    expect(state.waiting).toMatchObject({ type: 'prompt', path: '/dialplan/menu/keypress/play' });
  });

  it('collects key by key until maxDigits and tells the driver when the prompt ended', () => {
    const { document } = parseDialplan(`<dialplan>${MENU('maxDigits="3"', KP('123'))}</dialplan>`);
    let { state } = startCall(document);
    ({ state } = stepCall(state, { type: 'prompt-finished' }));
    expect(waitingInput(state).promptPlaying).toBe(false);
    ({ state } = stepCall(state, { type: 'digits', digits: '1' }));
    ({ state } = stepCall(state, { type: 'digits', digits: '2' }));
    expect(waitingInput(state).collected).toBe('12');
    const last = stepCall(state, { type: 'digits', digits: '3' });
    expect(last.events[0]).toMatchObject({ type: 'input', digits: '123', timedOut: false });
  });

  it('# ends the input and is not part of it', () => {
    const result = call(MENU('maxDigits="6"', KP('42')), '42#');
    expect(eventsOf(result, 'input')).toEqual([{ type: 'input', digits: '42', timedOut: false }]);
    expect(heard(result)).toEqual(['choose', 'got 42', 'after menu']);
  });

  it('the inter-digit timeout ends a partial input', () => {
    const result = call(MENU('maxDigits="5"', KP('42')), '42');
    expect(eventsOf(result, 'input')).toEqual([{ type: 'input', digits: '42', timedOut: true }]);
    expect(heard(result)).toContain('got 42');
  });

  it('the collected digits become ${call.lastinput}', () => {
    const body = MENU(
      '',
      `<keypress pressed="default"><play type="tts">you said \${call.lastinput}</play></keypress>`,
    );
    expect(heard(call(body, '7'))).toContain('you said 7');
  });

  it('maxDigits defaults to the longest pressed value (assumption)', () => {
    const { document } = parseDialplan(
      `<dialplan>${MENU('', KP('1') + KP('321') + KP('1000000000-9999999999', 'number'))}</dialplan>`,
    );
    expect(waitingInput(startCall(document).state).maxDigits).toBe(10);
  });

  it.each([
    ['timeout="3"', 3000],
    ['timeout="1000"', 1000],
    ['timeout="3500"', 3500],
    ['', 5000],
    ['timeout="soon"', 5000],
  ])('timeout unit rule: %s → %i ms', (attrs, ms) => {
    const { document } = parseDialplan(`<dialplan>${MENU(attrs, KP('1'))}</dialplan>`);
    expect(waitingInput(startCall(document).state).timeoutMs).toBe(ms);
  });

  it('reads attribute names and keywords case-insensitively', () => {
    const body = `<menu maxdigits="2"><play type="TTS">x</play>${KP('Default', 'default')}</menu>`;
    const result = call(body, '12');
    expect(eventsOf(result, 'input')).toEqual([{ type: 'input', digits: '12', timedOut: false }]);
    expect(heard(result)).toContain('got default');
  });
});

describe('menus: branch choice (semantics §2.6–§2.7)', () => {
  const branches =
    KP('1') + KP('2-4', 'range') + KP('default') + KP('timeout') + KP('1', 'second one');

  it.each([
    ['1', 'got 1', '1'],
    ['3', 'got range', '2-4'],
    ['9', 'got default', 'default'],
    ['timeout', 'got timeout', 'timeout'],
  ])('input %s → %s', (input, spoken, pressed) => {
    const result = call(MENU('', branches), input);
    expect(heard(result)).toEqual(['choose', spoken, 'after menu']);
    expect(eventsOf(result, 'branch')).toEqual([{ type: 'branch', menu: 'M', pressed }]);
  });

  it('ranges compare whole numeric inputs', () => {
    const body = MENU('maxDigits="3"', KP('300-315', 'ext') + KP('default'));
    expect(heard(call(body, '307'))).toContain('got ext');
    expect(heard(call(body, '30#'))).toContain('got default');
    expect(heard(call(body, '3*7'))).toContain('got default');
  });

  it('no input and no timeout branch → the first default (assumption)', () => {
    expect(heard(call(MENU('', KP('1') + KP('default')), 'timeout'))).toContain('got default');
  });

  it('no matching branch → continues after the menu without re-prompting', () => {
    const result = call(MENU('', KP('1')), '5');
    expect(heard(result)).toEqual(['choose', 'after menu']);
    expect(eventsOf(result, 'branch')).toEqual([{ type: 'branch', menu: 'M', pressed: null }]);
    expect(result.events.find((e) => e.type === 'branch')?.path).toBe('/dialplan/menu');
  });

  it('the branch event points at the chosen keypress', () => {
    const result = call(MENU('', KP('1') + KP('2')), '2');
    expect(result.events.find((e) => e.type === 'branch')?.path).toBe('/dialplan/menu/keypress[2]');
  });

  it('runs non-keypress children in order, wherever they stand among the keypresses', () => {
    const body = `<menu><play type="tts">a</play>${KP('1')}<play type="tts">b</play></menu>`;
    expect(heard(call(body, '1'))).toEqual(['a', 'b', 'got 1']);
  });

  it('a menu without keypresses still waits, then continues', () => {
    const result = call(`<menu><play type="tts">q</play></menu><play type="tts">z</play>`, '5');
    expect(heard(result)).toEqual(['q', 'z']);
  });

  it('when the tokens run out the call ends awaiting input at the menu', () => {
    const result = call(MENU('', KP('1')));
    expect(result.end).toMatchObject({ reason: 'awaiting-input', path: '/dialplan/menu' });
  });

  it('the caller may hang up instead of answering', () => {
    const result = call(MENU('', KP('1')), 'hangup');
    expect(result.end).toMatchObject({ reason: 'caller-hangup', path: '/dialplan/menu' });
  });
});
