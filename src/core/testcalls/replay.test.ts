import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { defaultSimOptions } from '../simulate/options.ts';
import { runScriptedCall } from '../simulate/script.ts';
import { formatDifference } from './diff-transcripts.ts';
import { replayTestCalls } from './replay.ts';
import type { SavedTestCall } from './types.ts';

const POLL_TEXT = readFileSync(
  new URL('../../../fixtures/political-poll.xml', import.meta.url),
  'utf8',
);
const poll = (text = POLL_TEXT) => parseDialplan(text).document;

function saved(name: string, inputs: string[]): SavedTestCall {
  const options = defaultSimOptions();
  return { name, options, inputs, expected: runScriptedCall(poll(), options, inputs).events };
}

describe('replayTestCalls', () => {
  it('passes test calls whose dialplan did not change', () => {
    const outcomes = replayTestCalls(poll(), [
      saved('yes, Greenies', ['1', '3']),
      saved('no', ['2']),
    ]);
    expect(outcomes.map((o) => [o.name, o.passed])).toEqual([
      ['yes, Greenies', true],
      ['no', true],
    ]);
  });

  it('still passes when an edit only moves lines (positions are not behaviour)', () => {
    const moved = POLL_TEXT.replace(
      '<dialplan name="Root">',
      '<dialplan name="Root">\n\n<!-- note -->',
    );
    expect(replayTestCalls(poll(moved), [saved('yes', ['1', '3'])])[0]?.passed).toBe(true);
  });

  it('reports what now differs after the dialplan changed', () => {
    const edited = POLL_TEXT.replace('>Yes</stash>', '>Si</stash>');
    const [outcome] = replayTestCalls(poll(edited), [saved('yes, Greenies', ['1', '3'])]);
    expect(outcome?.passed).toBe(false);
    expect(outcome?.differences.map(formatDifference)).toEqual([
      expect.stringMatching(/^line \d+: expected Stashed Vote = Yes, got Stashed Vote = Si$/),
    ]);
  });

  it('reports a branch that no longer exists as the call going elsewhere', () => {
    const edited = POLL_TEXT.replace('pressed="1-5"', 'pressed="1-2"');
    const [outcome] = replayTestCalls(poll(edited), [saved('Greenies', ['1', '3'])]);
    expect(outcome?.passed).toBe(false);
    expect(outcome?.differences.map(formatDifference).join('\n')).toContain(
      'branch pressed="default"',
    );
  });
});
