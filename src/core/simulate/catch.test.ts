import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { startCall, stepCall } from './engine.ts';
import { call, eventsOf, heard } from './simulate.test-support.ts';

const OPERATOR =
  '<catch type="digit" value="0" goto="Op" name="c">' +
  '<menu><play type="tts">press 1 to agree, 0 for an operator</play>' +
  '<keypress pressed="1"><stash varname="q">1</stash></keypress></menu>' +
  '</catch>' +
  '<play type="tts" name="Op">connecting you</play>';

describe('catch type="digit"', () => {
  it('pressing the value inside the scope jumps to the target at once', () => {
    const result = call(OPERATOR, '0');
    expect(heard(result)).toEqual(['press 1 to agree, 0 for an operator', 'connecting you']);
    expect(eventsOf(result, 'input')).toEqual([]);
    expect(result.events.find((e) => e.type === 'goto')).toMatchObject({
      target: 'Op',
      path: '/dialplan/catch',
    });
  });

  it('other keys go to the menu as usual', () => {
    const result = call(OPERATOR, '1');
    expect(result.questionResponses).toEqual([{ question: 'q', response: '1' }]);
  });

  it('works during a prompt outside a menu', () => {
    const { document } = parseDialplan(
      '<dialplan><catch type="digit" value="*" goto="T"><play type="tts">long message</play>' +
        '<play type="tts">more</play></catch><play type="tts" name="T">target</play></dialplan>',
    );
    const started = startCall(document);
    expect(started.state.waiting.type).toBe('prompt');
    const { events } = stepCall(started.state, { type: 'digits', digits: '*' });
    expect(events.filter((e) => e.type === 'play').map((e) => e.text)).toEqual(['target']);
  });

  it('outside the scope the value is just a key', () => {
    const result = call(
      OPERATOR +
        '<menu><play type="tts">again</play><keypress pressed="0"><play type="tts">zero</play></keypress></menu>',
      '1 0',
    );
    expect(heard(result)).toContain('zero');
  });
});

describe('catch type="hangup"', () => {
  const VOICEMAIL =
    '<catch type="hangup" goto="Save">' +
    '<menu><play type="tts">leave a message</play><keypress pressed="1"/></menu>' +
    '</catch>' +
    '<stash varname="x" name="Save">hung up</stash>' +
    '<post varname="r">http://api/save</post>' +
    '<play type="tts">never heard</play>' +
    '<stash varname="y">not reached</stash>';

  it('a caller hang-up inside the scope runs on until something would speak', () => {
    const result = call(VOICEMAIL, 'hangup');
    expect(result.questionResponses).toEqual([{ question: 'x', response: 'hung up' }]);
    expect(eventsOf(result, 'http')).toHaveLength(1);
    expect(heard(result)).toEqual(['leave a message']);
    expect(result.end).toMatchObject({ reason: 'caller-hangup', path: '/dialplan/play' });
  });

  it('without a hang-up, the scope runs normally', () => {
    const result = call(VOICEMAIL, '1');
    expect(heard(result)).toEqual(['leave a message', 'never heard']);
    expect(result.end.reason).toBe('completed');
  });

  it('a hang-up during a prompt ends the call there', () => {
    const { document } = parseDialplan('<dialplan><play type="tts">hello</play></dialplan>');
    const { events } = stepCall(startCall(document).state, { type: 'hangup' });
    expect(events).toEqual([
      { type: 'end', reason: 'caller-hangup', path: '/dialplan/play', line: 1 },
    ]);
  });
});
