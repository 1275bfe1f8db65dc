import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { defaultSimOptions } from '../simulate/options.ts';
import { runScriptedCall } from '../simulate/script.ts';
import { runSuiteTest } from '../suite/check.ts';
import { savedCallAsTest } from './to-suite-test.ts';

const POLL = parseDialplan(
  readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8'),
).document;

describe('savedCallAsTest', () => {
  it('keeps the call and expects its responses and end, and passes on the same dialplan', () => {
    const options = { ...defaultSimOptions(), contact: { A: 'Ann' }, variables: { n: '1' } };
    const inputs = ['1', '3'];
    const saved = {
      name: 'yes',
      options,
      inputs,
      expected: runScriptedCall(POLL, options, inputs).events,
    };
    const test = savedCallAsTest(saved);
    expect(test).toEqual({
      name: 'yes',
      inputs: ['1', '3'],
      vars: { n: '1', 'contact.A': 'Ann' },
      expect: { responses: { Vote: 'Yes', Candidate: '3' }, end: 'hangup' },
    });
    expect(runSuiteTest(POLL, test).passed).toBe(true);
  });

  it('fails once the dialplan records another answer', () => {
    const options = { ...defaultSimOptions(), answer: 'machine' as const };
    const saved = {
      name: 'm',
      options,
      inputs: [],
      expected: runScriptedCall(POLL, options, []).events,
    };
    const test = savedCallAsTest(saved);
    expect(test.caller).toBe('machine');
    const edited = parseDialplan(
      readFileSync(
        new URL('../../../fixtures/political-poll.xml', import.meta.url),
        'utf8',
      ).replace(/<machine>/, '<machine><stash varname="Machine">left</stash>'),
    ).document;
    expect(runSuiteTest(edited, test).failures.map((f) => f.message)).toEqual([
      expect.stringMatching(/^responses\.Machine: expected no response, got "left"/),
    ]);
  });
});
