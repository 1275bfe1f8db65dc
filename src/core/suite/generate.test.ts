import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { generateSuite, runTestSuite } from './index.ts';
import type { DialplanDocument } from '../ast/types.ts';

/** Generates a suite, runs it, and returns what a person would check: all pass, every branch taken. */
function generateAndRun(document: DialplanDocument) {
  const { suite, exploration } = generateSuite(document);
  const { results, coverage } = runTestSuite(document, suite, { coverage: true, exploration });
  return { suite, exploration, failed: results.filter((r) => !r.passed), coverage };
}

describe('generateSuite', () => {
  it('covers every branch of the political poll with few, named tests that pass', () => {
    const [poll = ''] = FIXTURE_TEXTS;
    const { suite, failed, coverage } = generateAndRun(parseDialplan(poll).document);
    expect(failed).toEqual([]);
    expect(coverage).toEqual({ branches: 7, covered: 7, unreachable: 0, uncovered: [] });
    expect(suite.tests.map((t) => t.name)).toContain('Live 2 → Hangup');
    expect(suite.tests.length).toBeLessThanOrEqual(4);
    expect(suite.tests.find((t) => t.name === 'Live 2 → Hangup')?.expect).toEqual({
      responses: { Vote: 'No' },
      end: 'hangup',
    });
  });

  it('covers every reachable branch of every fixture that parses', () => {
    let checked = 0;
    for (const text of FIXTURE_TEXTS) {
      const parsed = parseDialplan(text);
      if (parsed.diagnostics.some((d) => d.severity === 'error')) continue;
      const { failed, coverage, exploration } = generateAndRun(parsed.document);
      expect(failed).toEqual([]);
      expect(coverage?.uncovered).toEqual([]);
      if (exploration.complete)
        expect(coverage?.covered).toBe((coverage?.branches ?? 0) - (coverage?.unreachable ?? 0));
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('for every generated poll: the generated suite passes and takes every reachable branch', () => {
    const keypress = fc.record({
      pressed: fc.constantFrom('1', '2', '3', '12', '4-6', 'default', 'timeout'),
      stash: fc.boolean(),
      flag: fc.boolean(),
      next: fc.nat(6),
    });
    const poll = fc.record({
      amd: fc.boolean(),
      catchDigit: fc.boolean(),
      menus: fc.array(fc.array(keypress, { minLength: 1, maxLength: 4 }), {
        minLength: 1,
        maxLength: 5,
      }),
      ifAtEnd: fc.boolean(),
    });
    fc.assert(
      fc.property(poll, (p) => {
        const menus = p.menus.map((keys, i) => {
          const branches = keys.map((k, j) => {
            const go =
              k.next < p.menus.length ? `<goto>M${k.next}</goto>` : k.next === 6 ? '<hangup/>' : '';
            const stash = k.stash ? `<stash varname="Q${i}">a${j}</stash>` : '';
            const flag = k.flag ? `<setvar varname="flag">1</setvar>` : '';
            return `<keypress pressed="${k.pressed}">${stash}${flag}${go}</keypress>`;
          });
          return `<menu name="M${i}" maxDigits="2" timeout="1"><play>Question ${i}</play>${branches.join('')}</menu>`;
        });
        const body = p.catchDigit
          ? `<catch type="digit" value="0" goto="Bye">${menus.join('')}</catch>`
          : menus.join('');
        const start = p.amd
          ? '<amd><live><goto>M0</goto></live><machine><goto>Bye</goto></machine></amd>'
          : '';
        const tail = p.ifAtEnd
          ? `<if expr="\${flag} == 1"><play>flagged</play><else><play>plain</play></else></if>`
          : '';
        const xml = `<dialplan name="R"><setvar varname="flag">0</setvar>${start}${body}${tail}<hangup/><play name="Bye">Bye</play></dialplan>`;
        const { failed, coverage, exploration } = generateAndRun(parseDialplan(xml).document);
        expect(failed).toEqual([]);
        expect(exploration.complete).toBe(true);
        expect(coverage?.uncovered).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
