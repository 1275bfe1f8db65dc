/** The seed's political poll (fixtures/political-poll.xml): what a caller hears and what the poll records. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { runScriptedCall } from './script.ts';
import { heard } from './simulate.test-support.ts';
import type { SimOptions } from './types.ts';

const POLL = parseDialplan(
  readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8'),
).document;

const run = (input: string, options: Partial<SimOptions> = {}) =>
  runScriptedCall(
    POLL,
    options,
    input.split(' ').filter((t) => t !== ''),
  );

const HELLO =
  'Hello. This is a call for a short political poll for the upcoming election. ' +
  'Will you vote in the upcoming election? Press 1 for Yes, or 2 for No..';
const WHO =
  'Who will you vote for in the upcoming elections? Press 1 for Donkeys. Press 2 for Elephants. ' +
  'Press 3 for Greenies, press 4 for Undecided, or, press 5 for Decline to state.';
const INVALID = 'That is not a valid selection. Please try again.';
const GOODBYE =
  'Thank you for taking our poll. Please remember to vote in the upcoming election! ' +
  'Thank you for your time. Goodbye.';
const MACHINE =
  'Hello. This is a call for a political poll for the upcoming election. Sorry we missed you. ' +
  'We will try you again later, or, if you would like to take this short poll, please call ' +
  '8 5 5,5 5 5,5 5 5 5. Thank you.';

describe('political poll', () => {
  it('live → 1 → 3: votes, picks the Greenies, hears goodbye, hung up by the script', () => {
    const result = run('1 3');
    expect(heard(result)).toEqual([HELLO, WHO, GOODBYE]);
    expect(result.questionResponses).toEqual([
      { question: 'Vote', response: 'Yes' },
      { question: 'Candidate', response: '3' },
    ]);
    expect(result.end).toMatchObject({ reason: 'hangup', path: '/dialplan/hangup', line: 56 });
    expect(result.variables).toEqual({});
  });

  it('live → 2: will not vote', () => {
    const result = run('2');
    expect(heard(result)).toEqual([HELLO, 'Thank you for your time. Goodbye.']);
    expect(result.questionResponses).toEqual([{ question: 'Vote', response: 'No' }]);
    expect(result.end.reason).toBe('hangup');
  });

  it('machine: the voicemail message, then hang-up', () => {
    const result = run('', { answer: 'machine' });
    expect(heard(result)).toEqual([MACHINE]);
    expect(result.questionResponses).toEqual([]);
    expect(result.end.reason).toBe('hangup');
  });

  it('invalid digits and timeouts re-prompt until a valid answer', () => {
    const result = run('9 timeout 1 0 timeout 5');
    expect(heard(result)).toEqual([
      HELLO,
      INVALID,
      HELLO,
      INVALID,
      HELLO,
      WHO,
      INVALID,
      WHO,
      INVALID,
      WHO,
      GOODBYE,
    ]);
    expect(result.questionResponses).toEqual([
      { question: 'Vote', response: 'Yes' },
      { question: 'Candidate', response: '5' },
    ]);
    const inputs = result.events.filter((e) => e.type === 'input');
    expect(inputs.map((e) => [e.digits, e.timedOut])).toEqual([
      ['9', false],
      ['', true],
      ['1', false],
      ['0', false],
      ['', true],
      ['5', false],
    ]);
  });

  it('the caller hangs up at the second question: only the first answer is recorded', () => {
    const result = run('1 hangup');
    expect(heard(result)).toEqual([HELLO, WHO]);
    expect(result.questionResponses).toEqual([{ question: 'Vote', response: 'Yes' }]);
    expect(result.end).toMatchObject({ reason: 'caller-hangup', path: '/dialplan/menu[2]' });
  });

  it('an inbound call runs the live branch', () => {
    expect(heard(run('2', { answer: 'inbound' }))[0]).toBe(HELLO);
  });
});
