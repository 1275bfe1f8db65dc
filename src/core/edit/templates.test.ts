import { describe, expect, it } from 'vitest';
import { runScriptedCall } from '../simulate/script.ts';
import { validateDialplan } from '../validate/index.ts';
import { parse } from './edit.test-support.ts';
import { BLANK_DIALPLAN, emptyPollXml, MACHINE_MESSAGE } from './templates.ts';

describe('New › Empty poll', () => {
  const doc = parse(emptyPollXml());

  it('is valid: no errors, no warnings', () => {
    expect(validateDialplan(doc)).toEqual([]);
  });

  it('asks a person its question, then says goodbye', () => {
    const call = runScriptedCall(doc, {}, ['2']);
    expect(call.questionResponses).toEqual([{ question: 'Question', response: 'No' }]);
    expect(call.end.reason).toBe('hangup');
  });

  it('leaves a machine a message', () => {
    const call = runScriptedCall(doc, { answer: 'machine' }, []);
    const said = call.events.flatMap((e) => (e.type === 'play' ? [e.text] : []));
    expect(said).toEqual([MACHINE_MESSAGE]);
  });

  it('a blank dialplan parses with nothing in it', () => {
    expect(parse(BLANK_DIALPLAN).root?.children.some((c) => c.type === 'element')).toBe(false);
  });
});
