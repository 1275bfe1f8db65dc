import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { describeEvent } from '../testcalls/describe-event.ts';
import { checkSuiteNames, parseTestSuite, runSuiteTest, runTestSuite } from './index.ts';
import type { SuiteTest } from './types.ts';

const POLL = parseDialplan(
  readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8'),
).document;

const failuresOf = (test: SuiteTest) => runSuiteTest(POLL, test).failures.map((f) => f.message);

describe('parseTestSuite', () => {
  it('reads the documented example', () => {
    const parsed = parseTestSuite(
      JSON.stringify({
        tests: [
          {
            name: 'yes, then Donkeys',
            caller: 'live',
            inputs: ['1', '1'],
            vars: { 'contact.A': 'Ann' },
            http: { 'https://x/y': 'ok' },
            start: 'Live',
            expect: { responses: { Vote: 'Yes' }, end: 'hangup', visits: ['Live'] },
          },
        ],
      }),
    );
    expect(parsed.ok).toBe(true);
  });

  it('refuses an unknown key, naming it, the test, and the key it was probably meant to be', () => {
    const parsed = parseTestSuite('{"tests": [{"name": "t1", "expect": {"respones": {}}}]}');
    expect(parsed).toEqual({
      ok: false,
      errors: [`test 1 "t1": unknown key 'expect.respones' (did you mean 'expect.responses'?)`],
    });
  });

  it('refuses wrong types, bad tokens, a bad end and a missing name', () => {
    const parsed = parseTestSuite(
      JSON.stringify({
        tests: [
          { name: 'a', inputs: '1 2' },
          { name: 'b', inputs: ['1x'] },
          { name: 'c', expect: { end: 'finished' } },
          { inputs: [] },
          { name: 'a' },
        ],
      }),
    );
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      `test 1 "a": 'inputs' must be a list of strings`,
      `test 2 "b": input "1x" is not digits (optionally ending in #), timeout or hangup`,
      `test 3 "c": 'expect.end' must be one of completed, hangup, caller-hangup, transfer, error, loop, awaiting-input, got "finished"`,
      `test 4: needs a non-empty 'name'`,
      `test 5 "a": the name is used twice`,
    ]);
  });

  it('tells where JSON is broken', () => {
    const parsed = parseTestSuite('{"tests": [\n  {"name": "a",}\n]}');
    expect(parsed.ok ? '' : parsed.errors[0]).toMatch(/^not valid JSON at line 2, column \d+/);
  });

  it('names elements the dialplan does not have', () => {
    const parsed = parseTestSuite(
      '{"tests": [{"name": "t", "start": "Nowhere", "expect": {"visits": ["Live", "Gone"]}}]}',
    );
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(checkSuiteNames(POLL, parsed.suite)).toEqual([
      `test 1 "t": 'start' names "Nowhere", no element has that name`,
      `test 1 "t": 'expect.visits' names "Gone", no element has that name`,
    ]);
  });
});

describe('expectations', () => {
  const yes = { name: 'yes', inputs: ['1', '3'] };

  it('responses: the whole map, pass and fail with the stash that recorded the difference', () => {
    expect(failuresOf({ ...yes, expect: { responses: { Vote: 'Yes', Candidate: '3' } } })).toEqual(
      [],
    );
    const [message, ...rest] = failuresOf({ ...yes, expect: { responses: { Vote: 'No' } } });
    expect(message).toMatch(/^responses\.Vote: expected "No", got "Yes", at .+ \(line \d+\)$/);
    expect(rest).toEqual([
      expect.stringMatching(/^responses\.Candidate: expected no response, got "3"/),
    ]);
  });

  it('end: pass and fail naming the element the call ended at', () => {
    expect(failuresOf({ ...yes, expect: { end: 'hangup' } })).toEqual([]);
    expect(failuresOf({ name: 'x', inputs: ['1'], expect: { end: 'hangup' } })).toEqual([
      expect.stringMatching(
        /^end: expected hangup, got awaiting-input \(no more --input tokens\), at \S+ \(line \d+\)$/,
      ),
    ]);
  });

  it('visits and notVisits: named elements in order', () => {
    expect(
      failuresOf({ ...yes, expect: { visits: ['Live', 'Hangup'], notVisits: ['Machine'] } }),
    ).toEqual([]);
    expect(failuresOf({ ...yes, expect: { visits: ['Hangup', 'Live'] } })).toEqual([
      expect.stringMatching(
        /^visits: expected Live after Hangup, got: it was reached only before Hangup/,
      ),
    ]);
    expect(failuresOf({ ...yes, caller: 'machine', expect: { notVisits: ['Machine'] } })).toEqual([
      expect.stringMatching(
        /^notVisits: expected the call never to reach Machine, got it reached, at Machine \(line \d+\)$/,
      ),
    ]);
  });

  it('says: substrings of prompts in order', () => {
    expect(failuresOf({ ...yes, expect: { says: ['poll', 'Thank you'] } })).toEqual([]);
    expect(failuresOf({ ...yes, expect: { says: ['Thank you', 'poll'] } })[0]).toMatch(
      /^says: expected "poll" after the prompt at/,
    );
  });

  it('variables: named ones at the end', () => {
    const doc = parseDialplan(
      '<dialplan name="R"><setvar varname="tries">2</setvar><hangup name="H"/></dialplan>',
    ).document;
    const run = (variables: Record<string, string>) =>
      runSuiteTest(doc, { name: 'v', expect: { variables } }).failures.map((f) => f.message);
    expect(run({ tries: '2' })).toEqual([]);
    expect(run({ tries: '3', other: '' })).toEqual([
      'variables.tries: expected "3", got "2", at <setvar> (line 1)',
      'variables.other: expected "", got it was never set',
    ]);
  });

  it('transcript: the exact lines, differences as saved test calls show them', () => {
    const lines = runSuiteTest(POLL, yes).call.events.map(describeEvent);
    expect(lines).toContain('Stashed Vote = Yes');
    expect(failuresOf({ ...yes, expect: { transcript: lines } })).toEqual([]);
    const edited = lines.map((l) => (l === 'Stashed Vote = Yes' ? 'Stashed Vote = No' : l));
    expect(failuresOf({ ...yes, expect: { transcript: edited } })).toEqual([
      expect.stringMatching(
        /^transcript line \d+: expected Stashed Vote = No, got Stashed Vote = Yes, at \S+ \(line \d+\)$/,
      ),
    ]);
  });

  it('start: begins at a named element with vars and mocked http preset', () => {
    const doc = parseDialplan(
      `<dialplan name="R"><play name="Intro">Hi</play>
        <get name="Ask" varname="answer">https://x/y?n=\${n}</get>
        <play name="Say">You are \${contact.A}, n=\${n}, got \${answer}</play><hangup/></dialplan>`,
    ).document;
    const result = runSuiteTest(doc, {
      name: 's',
      start: 'Ask',
      vars: { n: '7', 'contact.A': 'Ann' },
      http: { 'https://x/y?n=7': 'ok' },
      expect: { says: ['You are Ann, n=7, got ok'], notVisits: ['Intro'], end: 'hangup' },
    });
    expect(result.failures).toEqual([]);
  });
});

describe('coverage', () => {
  const doc = (body: string) => parseDialplan(`<dialplan name="R">${body}</dialplan>`).document;

  it('counts keypresses with defaults, amd, if/else and catch, and an unreachable branch', () => {
    const d = doc(`
      <amd><live><goto>Q</goto></live><machine><hangup/></machine></amd>
      <catch type="digit" value="9" goto="Bye">
        <menu name="Q" maxDigits="1">
          <play>Press 1 or 2</play>
          <keypress pressed="1"><setvar varname="x">1</setvar></keypress>
          <keypress pressed="default"><setvar varname="x">2</setvar></keypress>
        </menu>
      </catch>
      <if expr="\${x} == 1"><play>one</play><else><play>other</play></else></if>
      <hangup/>
      <menu name="Never"><keypress pressed="1"><hangup/></keypress></menu>
      <play name="Bye">Bye</play>`);
    const suite = { tests: [{ name: 'one', inputs: ['1'] }] };
    const { coverage } = runTestSuite(d, suite, { coverage: true });
    expect(coverage).toEqual({
      branches: 8,
      covered: 3,
      unreachable: 1,
      uncovered: [
        expect.objectContaining({ label: 'amd (line 2): machine' }),
        expect.objectContaining({ label: 'catch (line 3): key 9' }),
        expect.objectContaining({ label: 'Q: default' }),
        expect.objectContaining({ label: 'if ${x} == 1: else' }),
      ],
    });
    const all = {
      tests: [
        ...suite.tests,
        { name: 'd', inputs: ['5'] },
        { name: 'c', inputs: ['9'] },
        { name: 'm', caller: 'machine' as const },
      ],
    };
    expect(runTestSuite(d, all, { coverage: true }).coverage).toEqual({
      branches: 8,
      covered: 7,
      unreachable: 1,
      uncovered: [],
    });
  });
});
