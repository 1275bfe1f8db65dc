/** Hostile dialplans end as a clear `error` (or `loop`) event, never as an exception or a crash. */
import { describe, expect, it } from 'vitest';
import {
  CACHE_LIMIT,
  expressionCacheSize,
  MAX_EXPRESSION_LENGTH,
} from './expression/parse-expression.ts';
import { MAX_CHARACTERS_MADE, MAX_EXPANDED_LENGTH, MAX_VARIABLE_LENGTH } from './limits.ts';
import { call } from './simulate.test-support.ts';

describe('simulation caps', () => {
  it('a setvar that doubles its own value in a goto loop ends with an error naming it', () => {
    const body = `<setvar name="top" varname="x">\${x}\${x}a</setvar><goto>top</goto>`;
    const result = call(body);
    expect(result.end).toMatchObject({ reason: 'error', path: '/dialplan/setvar', line: 1 });
    expect(result.end.message).toContain('<setvar name="top"> (/dialplan/setvar, line 1)');
    expect(result.end.message).toContain(
      `over the limit of ${MAX_VARIABLE_LENGTH.toLocaleString('en-US')}`,
    );
    expect((result.variables['x'] ?? '').length).toBeLessThanOrEqual(MAX_VARIABLE_LENGTH);
  });

  it('an expansion longer than the cap ends the call before the text is built', () => {
    const refs = '${x}'.repeat(MAX_EXPANDED_LENGTH / MAX_VARIABLE_LENGTH + 1);
    const body =
      `<setvar varname="x">${'a'.repeat(MAX_VARIABLE_LENGTH)}</setvar>` +
      `<play type="tts" name="loud">${refs}</play>`;
    const result = call(body);
    expect(result.end).toMatchObject({ reason: 'error', path: '/dialplan/play' });
    expect(result.end.message).toMatch(
      /^<play name="loud"> .*variables expanded is over the limit/,
    );
    expect(result.events.some((e) => e.type === 'play')).toBe(false);
  });

  it('a loop that speaks a megabyte per turn ends once the call has made too much text', () => {
    const body = `<play type="tts" name="P">${'${big}'.repeat(10)}</play><goto>P</goto>`;
    const result = call(body, '', { variables: { big: 'a'.repeat(MAX_VARIABLE_LENGTH) } });
    expect(result.end).toMatchObject({ reason: 'error', path: '/dialplan/play' });
    expect(result.end.message).toContain(
      `the call has made over ${MAX_CHARACTERS_MADE.toLocaleString('en-US')} characters`,
    );
    const spoken = result.events.filter((e) => e.type === 'play').length;
    expect(spoken).toBe(MAX_CHARACTERS_MADE / (10 * MAX_VARIABLE_LENGTH));
  });

  it('an element with 150,000 children compiles and runs (no argument spread over the children)', () => {
    const result = call(`<hangup name="h"/>${'<wait/>'.repeat(150_000)}`);
    expect(result.end).toMatchObject({ reason: 'hangup', path: '/dialplan/hangup' });
  });

  it('the expression cache stays bounded and keeps no huge refused text', () => {
    const before = expressionCacheSize();
    for (let i = 0; i < 50; i++) {
      const huge = `${i} + ${'1'.repeat(MAX_EXPRESSION_LENGTH * 100)}`;
      const result = call(`<setvar varname="v">${huge}</setvar>`);
      expect(result.events[0]).toMatchObject({ type: 'warning' });
    }
    expect(expressionCacheSize()).toBe(before);
    for (let i = 0; i < CACHE_LIMIT + 500; i++) call(`<setvar varname="v">${i} + 1</setvar>`);
    expect(expressionCacheSize()).toBe(CACHE_LIMIT);
  });
});

describe('loop guard', () => {
  it('a straight run of 10,000 prompts is not a loop', () => {
    const plays = Array.from(
      { length: 10_001 },
      (_, i) => `<play type="tts" name="p${i}">x</play>`,
    );
    const result = call(plays.join(''));
    expect(result.end.reason).toBe('completed');
    expect(result.events.filter((e) => e.type === 'play')).toHaveLength(10_001);
  });

  it('a real cycle after a long straight run is still caught, naming its elements', () => {
    const plays = Array.from({ length: 12_000 }, () => '<setvar varname="a">1</setvar>');
    const body = `${plays.join('')}<play type="tts" name="P">again</play><goto name="G">P</goto>`;
    const result = call(body);
    expect(result.end.reason).toBe('loop');
    expect(result.end.message).toMatch(/cycle: (P → G|G → P)$/);
  });
});
