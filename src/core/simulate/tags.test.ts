import { describe, expect, it } from 'vitest';
import { call, eventsOf, heard, warnings } from './simulate.test-support.ts';

const AMD =
  '<amd><live><play type="tts">person</play></live><machine><play type="tts">machine</play></machine></amd>' +
  '<play type="tts">after amd</play>';

describe('amd', () => {
  it.each([
    ['live', ['person', 'after amd']],
    ['machine', ['machine', 'after amd']],
    ['inbound', ['person', 'after amd']],
  ] as const)('%s answer', (answer, spoken) => {
    expect(heard(call(AMD, '', { answer }))).toEqual(spoken);
  });
});

describe('play', () => {
  it('expands variables and collapses whitespace; reports type, voice and name', () => {
    const result = call(
      '<play type="tts" voice="female1" name="hi">Hello\n   ${contact.firstName},\n  welcome</play>',
      '',
      { contact: { firstName: 'Ann' } },
    );
    expect(eventsOf(result, 'play')).toEqual([
      { type: 'play', playType: 'tts', text: 'Hello Ann, welcome', voice: 'female1', name: 'hi' },
    ]);
  });

  it('url and callfireid "play" their expanded body; URL type is case-insensitive', () => {
    const result = call(
      '<play type="URL">http://x/a.mp3?n=${call.dnis}</play><play type="callfireid">123</play>',
      '',
      { dnis: '555' },
    );
    expect(eventsOf(result, 'play')).toEqual([
      { type: 'play', playType: 'url', text: 'http://x/a.mp3?n=555' },
      { type: 'play', playType: 'callfireid', text: '123' },
    ]);
  });
});

describe('stash', () => {
  it('appends question/response pairs in order, keeping repeats, without creating a variable', () => {
    const body =
      '<setvar varname="n">2</setvar>' +
      '<stash varname="q${n}">first </stash><stash varname="q${n}">second</stash>' +
      '<play type="tts">${q2}</play>';
    const result = call(body);
    expect(result.questionResponses).toEqual([
      { question: 'q2', response: 'first' },
      { question: 'q2', response: 'second' },
    ]);
    expect(eventsOf(result, 'stash')).toHaveLength(2);
    expect(warnings(result)).toEqual(['unknown variable ${q2} (empty)']);
  });
});

describe('setvar', () => {
  it.each([
    ['${n} + 3', '5'],
    ['${n}+1;', '3'],
    ["'4155551234'.substring(2,5);", '555'],
    ['"${phone}".split("").join(" ");', '5 5 5 1'],
    ['Homer Simpson', 'Homer Simpson'],
    ['apples', 'apples'],
    ['http://example.com/x?y=1', 'http://example.com/x?y=1'],
    ['02134', '02134'],
    ["'${n}' == '2'", 'true'],
  ])('%s stores %j', (text, stored) => {
    const result = call(`<setvar varname="v">${text}</setvar>`, '', {
      variables: { n: '2', phone: '5551' },
    });
    expect(result.variables.v).toBe(stored);
    expect(eventsOf(result, 'setvar')).toEqual([{ type: 'setvar', varname: 'v', value: stored }]);
  });

  it('a hostile expression is kept as text with a warning', () => {
    const result = call("<setvar varname=\"v\">''.constructor.constructor('return 1')()</setvar>");
    expect(result.variables.v).toBe("''.constructor.constructor('return 1')()");
    expect(warnings(result)[0]).toMatch(/refused/);
  });

  it('a variable named __proto__ stays an ordinary variable', () => {
    const result = call(
      '<setvar varname="__proto__">x</setvar><play type="tts">${__proto__}</play>',
    );
    expect(heard(result)).toEqual(['x']);
    expect(Object.getPrototypeOf(result.variables)).toBe(Object.prototype);
  });
});

describe('variables', () => {
  it('resolves nested references inside-out', () => {
    const body =
      '<setvar varname="num">2</setvar><setvar varname="choice2">beta</setvar>' +
      '<play type="tts">${choice${num}}</play>';
    expect(heard(call(body))).toEqual(['beta']);
  });

  it('supplies the call, contact and clock values (UTC)', () => {
    const body =
      '<play type="tts">${call.callerid} ${call.dnis} ${call.phonenumber} ${call.id} ${contact.X} ${call.field.x}</play>' +
      '<play type="tts">${global.date} ${global.time} ${global.time.hour} ${global.time.hour.military}</play>' +
      '<play type="tts">${global.date.month} ${global.date.day} ${global.date.dayOfWeek} ${global.date.year}</play>';
    const result = call(body, '', {
      callerId: '111',
      dnis: '222',
      phoneNumber: '333',
      callId: 'c9',
      contact: { X: 'col-x' },
      now: '2026-03-01T20:05:09Z', // a Sunday
    });
    expect(heard(result)).toEqual([
      '111 222 333 c9 col-x col-x',
      '03/01/2026 20:05:09 8 20',
      '3 1 1 2026',
    ]);
  });

  it('an unknown variable is empty, with a warning', () => {
    const result = call('<play type="tts">[${nothing}]</play>');
    expect(heard(result)).toEqual(['[]']);
    expect(result.events[0]).toMatchObject({ type: 'warning', path: '/dialplan/play' });
  });
});

describe('if / else, equal / notEqual', () => {
  const IF = (expr: string) =>
    `<if expr="${expr}"><play type="tts">then</play><else><play type="tts">else</play></else></if>` +
    '<play type="tts">after</play>';

  it.each([
    ["'${x}' == 'success'", 'success', ['then', 'after']],
    ["'${x}' == 'success'", 'failure', ['else', 'after']],
    ['${x} &lt; 17 || ${x} &gt; 21', '8', ['then', 'after']],
    ['${x} &lt; 17 &amp;&amp; ${x} &gt; 5', '20', ['else', 'after']],
    ["'${x}'.toLowerCase() == 'yes'", 'YES', ['then', 'after']],
  ])('if %s with x=%s', (expr, x, spoken) => {
    expect(heard(call(IF(expr), '', { variables: { x } }))).toEqual(spoken);
  });

  it('an if without else that is false is skipped', () => {
    expect(heard(call('<if expr="1 == 2"><play type="tts">no</play></if>'))).toEqual([]);
  });

  it('a condition that cannot be evaluated is false, with a warning', () => {
    const result = call(IF('this.constructor'));
    expect(heard(result)).toEqual(['else', 'after']);
    expect(warnings(result)[0]).toMatch(/condition refused/);
  });

  it('an else inside equal runs when the values differ', () => {
    const body =
      '<equal var="${n}" expr="3"><play type="tts">three</play><else><play type="tts">other</play></else></equal>' +
      '<play type="tts">after</play>';
    expect(heard(call(body, '', { variables: { n: '3' } }))).toEqual(['three', 'after']);
    expect(heard(call(body, '', { variables: { n: '4' } }))).toEqual(['other', 'after']);
  });

  it('equal and notEqual compare string forms', () => {
    const body =
      '<equal var="${sent}" expr="false"><play type="tts">not sent</play></equal>' +
      '<notEqual var="${n}" expr="1+1"><play type="tts">differs</play></notEqual>' +
      '<equal var="${n}" expr="1+1"><play type="tts">two</play></equal>';
    expect(heard(call(body, '', { variables: { sent: 'false', n: '2' } }))).toEqual([
      'not sent',
      'two',
    ]);
  });
});

describe('transfer', () => {
  const T = (attrs = '') =>
    `<transfer ${attrs}>\n 2135551212 , \${n}x12\n</transfer><play type="tts">back</play>`;

  it('answered ends the call with the numbers trimmed and expanded', () => {
    const result = call(T(), '', { variables: { n: '800' } });
    expect(eventsOf(result, 'transfer')).toEqual([
      {
        type: 'transfer',
        numbers: ['2135551212', '800x12'],
        outcome: 'answered',
        continueAfter: false,
      },
    ]);
    expect(result.end.reason).toBe('transfer');
  });

  it('answered with continue-after carries on', () => {
    expect(heard(call(T('continue-after="true"'), '', { variables: { n: '1' } }))).toEqual([
      'back',
    ]);
  });

  it('no answer carries on after the tag', () => {
    const result = call(T(), '', { transfer: 'no-answer', variables: { n: '1' } });
    expect(heard(result)).toEqual(['back']);
    expect(result.end.reason).toBe('completed');
  });
});

describe('record, get/post, sms, dnc', () => {
  it('record sets its variable to a sim:// URL named by name or index', () => {
    const body =
      '<record varname="a" background="true"/><record name="greeting" varname="b"/>' +
      '<play type="url">${a} ${b}</play>';
    const result = call(body);
    expect(result.variables).toEqual({ a: 'sim://recording/1', b: 'sim://recording/greeting' });
    expect(eventsOf(result, 'record')).toEqual([
      { type: 'record', varname: 'a', url: 'sim://recording/1', background: true },
      {
        type: 'record',
        varname: 'b',
        name: 'greeting',
        url: 'sim://recording/greeting',
        background: false,
      },
    ]);
    expect(heard(result)).toEqual(['sim://recording/1 sim://recording/greeting']);
  });

  it('get and post set their variable to the supplied body (empty when none)', () => {
    const body =
      '<get varname="r1">http://api/x?id=${call.id}&amp;q=1</get><post varname="r2">http://api/y</post>' +
      '<play type="tts">${r1}|${r2}</play>';
    const result = call(body, '', { callId: '7', http: { 'http://api/x?id=7&q=1': 'OK' } });
    expect(heard(result)).toEqual(['OK|']);
    expect(eventsOf(result, 'http')).toEqual([
      { type: 'http', method: 'get', url: 'http://api/x?id=7&q=1', varname: 'r1', response: 'OK' },
      { type: 'http', method: 'post', url: 'http://api/y', varname: 'r2', response: '' },
    ]);
  });

  it('sms and dnc are recorded as events', () => {
    const body =
      '<sms to="${call.callerid}">Your code\n is 42</sms><dnc>\n${call.callerid}\n</dnc>';
    const result = call(body, '', { callerId: '555' });
    expect(eventsOf(result, 'sms')).toEqual([{ type: 'sms', to: '555', text: 'Your code is 42' }]);
    expect(eventsOf(result, 'dnc')).toEqual([{ type: 'dnc', number: '555' }]);
  });

  it('tags the simulator does not run are skipped with a warning', () => {
    const result = call('<wait/><play type="tts">on</play>');
    expect(heard(result)).toEqual(['on']);
    expect(warnings(result)).toEqual(['<wait> is not simulated; skipped']);
  });
});
