import { describe, expect, it } from 'vitest';
import { call, eventsOf, heard } from './simulate.test-support.ts';

const say = (text: string, name?: string) =>
  `<play type="tts"${name ? ` name="${name}"` : ''}>${text}</play>`;

describe('flow (semantics §1)', () => {
  it('runs children in order and completes at the end of the dialplan', () => {
    const result = call(say('one') + say('two'));
    expect(heard(result)).toEqual(['one', 'two']);
    expect(result.end).toMatchObject({ type: 'end', reason: 'completed', path: '/dialplan' });
  });

  it('leaves a container for its next sibling, climbing outwards', () => {
    const body = `<if expr="true"><if expr="true">${say('inner')}</if></if>${say('after')}`;
    expect(heard(call(body))).toEqual(['inner', 'after']);
  });

  it('goto jumps into a nested element and carries on in its container', () => {
    const body =
      `<goto>deep</goto>${say('skipped')}` +
      `<if expr="false">${say('not me')}${say('deep one', 'deep')}${say('then me')}</if>` +
      say('last');
    const result = call(body);
    expect(heard(result)).toEqual(['deep one', 'then me', 'last']);
    expect(eventsOf(result, 'goto')).toEqual([{ type: 'goto', target: 'deep' }]);
  });

  it('a goto target is trimmed', () => {
    expect(heard(call(`<goto>\n   x\n </goto>${say('no')}${say('yes', 'x')}`))).toEqual(['yes']);
  });

  it('an unknown goto target ends the call with an error naming it', () => {
    const result = call(`<goto>Nowhere</goto>${say('never')}`);
    expect(heard(result)).toEqual([]);
    expect(result.end).toMatchObject({ reason: 'error', path: '/dialplan/goto', line: 1 });
    expect(result.end.message).toContain('Nowhere');
  });

  it('hangup ends the call', () => {
    const result = call(`${say('bye')}<hangup name="h"/>${say('never')}`);
    expect(heard(result)).toEqual(['bye']);
    expect(result.end).toMatchObject({ reason: 'hangup', path: '/dialplan/hangup' });
  });

  it('a loop that never waits ends with reason loop after 10,000 elements, naming the cycle', () => {
    const body = `<setvar name="A" varname="n">\${n} + 1</setvar><goto name="B">A</goto>`;
    const result = call(body, '', { variables: { n: '0' } });
    expect(result.end.reason).toBe('loop');
    expect(result.end.message).toContain('10000 elements ran without waiting');
    expect(result.end.message).toMatch(/A → B|B → A/);
    expect(result.variables['n']).toBe('5000');
  });

  it('a loop that changes nothing ends as soon as it comes round, naming the cycle', () => {
    const body = `<setvar name="A" varname="n">1</setvar><goto name="B">A</goto>`;
    const result = call(body);
    expect(result.end.reason).toBe('loop');
    expect(result.end.message).toMatch(/no variable changed.*; cycle: A → B$/);
    expect(result.events.filter((e) => e.type === 'setvar')).toHaveLength(2);
  });

  it('a loop through prompts is caught too (prompts do not wait for the caller)', () => {
    const result = call(`${say('again', 'P')}<goto>P</goto>`);
    expect(result.end.reason).toBe('loop');
    expect(result.end.message).toContain('P');
  });

  it('a loop that waits for input each time is not a runaway loop', () => {
    const body = `<menu name="M">${say('hi')}<keypress pressed="1"><goto>M</goto></keypress></menu>`;
    const result = call(body, '1 1 1 1');
    expect(result.end.reason).toBe('awaiting-input');
    expect(heard(result)).toHaveLength(5);
  });

  it('every event carries the element path and its line', () => {
    const result = call(`\n${say('a')}\n<menu>\n${say('b')}<keypress pressed="1"/></menu>`, '1');
    const lines = result.events.map((e) => [e.type, e.path, e.line]);
    expect(lines).toEqual([
      ['play', '/dialplan/play', 2],
      ['play', '/dialplan/menu/play', 4],
      ['input', '/dialplan/menu', 3],
      ['branch', '/dialplan/menu/keypress', 4],
      ['end', '/dialplan', 1],
    ]);
  });

  it('an inbound call or a document without a root still ends cleanly', () => {
    expect(call('', '', { answer: 'inbound' }).end.reason).toBe('completed');
  });
});
