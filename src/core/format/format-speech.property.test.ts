/**
 * Formatting never changes what a call says: over the corpus and over fuzzed prompts (text beside CDATA,
 * comments and inline elements), the semantic diff of a text and its formatted form is empty and a
 * simulated call hears the same words, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDialplanTexts } from '../diff/diff-dialplans.ts';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { runScriptedCall } from '../simulate/script.ts';
import { parseDialplan } from '../xml/parse.ts';
import { formatDialplan } from './format-dialplan.ts';

const format = (text: string) => formatDialplan(parseDialplan(text).document);

/** A call's events without their line numbers (formatting moves lines, not meaning). */
function transcript(text: string, keys: readonly string[]): unknown[] {
  const call = runScriptedCall(parseDialplan(text).document, {}, keys);
  return call.events.map((e) => ({ ...e, line: 0 }));
}

const KEY_SCRIPTS = [[], ['1', '1', '1', '1'], ['2', '3', 'timeout', '9'], ['5', '*', '#', '0']];

const parses = (text: string) =>
  parseDialplan(text).diagnostics.every((d) => !d.ruleId.startsWith('xml-'));

describe('format keeps every spoken word', () => {
  it('the PIN prompt still says "Helloworld, your PIN is 123456"', () => {
    const text =
      '<dialplan name="Root"><play type="tts">Hello<!-- x -->world, your PIN is 12<![CDATA[34]]>56</play></dialplan>';
    const said = (t: string) =>
      runScriptedCall(parseDialplan(t).document, {}, []).events.flatMap((e) =>
        e.type === 'play' ? [e.text] : [],
      );
    expect(said(format(text))).toEqual(['Helloworld, your PIN is 123456']);
    expect(diffDialplanTexts(text, format(text))).toEqual([]);
  });

  it.each(FIXTURE_TEXTS.filter(parses).map((t, i) => [i, t] as const))(
    'fixture #%i: no diff and the same calls after format',
    (_, text) => {
      const formatted = format(text);
      expect(diffDialplanTexts(text, formatted)).toEqual([]);
      for (const keys of KEY_SCRIPTS) {
        expect(transcript(formatted, keys)).toEqual(transcript(text, keys));
      }
    },
  );

  const piece = fc.constantFrom(
    'Hello',
    'world',
    '12',
    '34',
    ', ',
    ' ',
    '\n    ',
    '\t',
    '<!-- x -->',
    '<![CDATA[34]]>',
    '<![CDATA[ a\n b ]]>',
    '<?pi x?>',
    '<break time="1s"/>',
    '<emphasis>really</emphasis>',
    '&amp;',
    '${x}',
  );
  const prompt = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(''));

  it('fuzzed prompts: no diff, the same words, and format is idempotent', () => {
    fc.assert(
      fc.property(fc.array(prompt, { minLength: 1, maxLength: 3 }), (prompts) => {
        const body = prompts.map((p) => `<play type="tts">${p}</play>`).join('\n');
        const text = `<dialplan name="Root">\n<menu name="M">${body}<keypress pressed="1"><stash varname="v">${prompts[0]}</stash></keypress></menu>\n</dialplan>`;
        if (!parses(text)) return;
        const formatted = format(text);
        expect(diffDialplanTexts(text, formatted)).toEqual([]);
        expect(transcript(formatted, ['1'])).toEqual(transcript(text, ['1']));
        expect(format(formatted)).toBe(formatted);
      }),
      { numRuns: 300 },
    );
  });
});
