import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDialplan } from '../format/index.ts';
import { parseDialplan } from '../xml/parse.ts';
import { diffDialplanTexts } from './diff-dialplans.ts';

const POLL = `<dialplan name="Root">
  <menu name="Main" maxDigits="1" timeout="3500">
    <play type="tts" name="Ask">Press 1 for yes or 2 for no.</play>
    <keypress pressed="1">
      <play type="tts">Thank you.</play>
      <goto>Bye</goto>
    </keypress>
    <keypress pressed="2">
      <goto>Bye</goto>
    </keypress>
  </menu>
  <play type="tts" name="Bye">Goodbye.</play>
  <hangup/>
</dialplan>
`;

const FIXTURES = [
  'fixtures/political-poll.xml',
  ...readdirSync('fixtures/callfire')
    .filter((f) => f.endsWith('.xml'))
    .map((f) => `fixtures/callfire/${f}`),
];

const summary = (before: string, after: string) =>
  diffDialplanTexts(before, after).map((c) => `${c.kind} ${c.path}${c.field ? ` ${c.field}` : ''}`);

describe('diffDialplanTexts', () => {
  it('reports nothing for the same text', () => {
    expect(diffDialplanTexts(POLL, POLL)).toEqual([]);
  });

  it('reports nothing for formatting, attribute order and whitespace inside text', () => {
    const reformatted = POLL.replace('type="tts" name="Ask"', 'name="Ask"  type="tts"')
      .replace('Press 1 for yes', 'Press 1\n        for   yes')
      .replace(/\n {2}/g, '\n    ')
      .replace('<hangup/>', '<hangup></hangup>\n  <!-- a comment -->');
    expect(diffDialplanTexts(POLL, reformatted)).toEqual([]);
    expect(diffDialplanTexts(POLL, formatDialplan(parseDialplan(POLL).document))).toEqual([]);
  });

  it('reports an added element once, for the top of the added subtree, with its new line', () => {
    const after = POLL.replace(
      '    <keypress pressed="2">',
      '    <keypress pressed="3">\n      <goto>Main</goto>\n    </keypress>\n    <keypress pressed="2">',
    );
    const changes = diffDialplanTexts(POLL, after);
    expect(changes).toEqual([
      {
        kind: 'added',
        tag: 'keypress',
        path: '/dialplan/menu/keypress[2]',
        newPath: '/dialplan/menu/keypress[2]',
        newLine: 8,
      },
    ]);
  });

  it('reports a removed element with its old path and line', () => {
    const after = POLL.replace('  <hangup/>\n', '');
    expect(diffDialplanTexts(POLL, after)).toEqual([
      {
        kind: 'removed',
        tag: 'hangup',
        path: '/dialplan/hangup',
        oldPath: '/dialplan/hangup',
        oldLine: 13,
      },
    ]);
  });

  it('reports a changed attribute as old → new, and an attribute added or removed', () => {
    const after = POLL.replace('timeout="3500"', 'timeout="5000"').replace(
      '<play type="tts" name="Bye">',
      '<play name="Bye" voice="female1">',
    );
    const changes = diffDialplanTexts(POLL, after);
    expect(changes.map((c) => [c.name, c.field, c.old, c.new])).toEqual([
      ['Main', 'attribute:timeout', '3500', '5000'],
      ['Bye', 'attribute:type', 'tts', undefined],
      ['Bye', 'attribute:voice', undefined, 'female1'],
    ]);
    expect(changes[0]).toMatchObject({ kind: 'changed', tag: 'menu', oldLine: 2, newLine: 2 });
  });

  it('reports a reworded prompt with a word-level diff', () => {
    const after = POLL.replace(
      'Press 1 for yes or 2 for no.',
      'Press 1 for yes, 2 for no, 3 to repeat.',
    );
    const [change] = diffDialplanTexts(POLL, after);
    expect(change).toMatchObject({ kind: 'changed', name: 'Ask', field: 'text' });
    expect(change?.words).toEqual([
      { op: 'same', text: 'Press 1 for' },
      { op: 'removed', text: 'yes or' },
      { op: 'added', text: 'yes,' },
      { op: 'same', text: '2 for' },
      { op: 'removed', text: 'no.' },
      { op: 'added', text: 'no, 3 to repeat.' },
    ]);
  });

  it('reports a rename once: the gotos that follow it are part of the rename', () => {
    const after = POLL.replaceAll('Bye', 'Farewell');
    expect(diffDialplanTexts(POLL, after)).toEqual([
      {
        kind: 'renamed',
        tag: 'play',
        name: 'Farewell',
        path: '/dialplan/play',
        oldPath: '/dialplan/play',
        newPath: '/dialplan/play',
        field: 'attribute:name',
        old: 'Bye',
        new: 'Farewell',
        oldLine: 12,
        newLine: 12,
      },
    ]);
  });

  it('reports a goto retargeted elsewhere (not following a rename) as a changed text', () => {
    const after = POLL.replace(
      '<goto>Bye</goto>\n    </keypress>\n  </menu>',
      '<goto>Main</goto>\n    </keypress>\n  </menu>',
    );
    expect(summary(POLL, after)).toEqual(['changed /dialplan/menu/keypress[2]/goto text']);
  });

  it('reports a branch moved to another parent as moved, not as removed and added', () => {
    const after = POLL.replace('      <play type="tts">Thank you.</play>\n', '').replace(
      '    <keypress pressed="2">\n',
      '    <keypress pressed="2">\n      <play type="tts">Thank you.</play>\n',
    );
    const changes = diffDialplanTexts(POLL, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      kind: 'moved',
      tag: 'play',
      old: '/dialplan/menu/keypress[1]/play',
      new: '/dialplan/menu/keypress[2]/play',
      oldLine: 5,
      newLine: 8,
    });
  });

  it('reports a named element moved to another place among its siblings', () => {
    const after = POLL.replace('  <play type="tts" name="Bye">Goodbye.</play>\n', '').replace(
      '<dialplan name="Root">\n',
      '<dialplan name="Root">\n  <play type="tts" name="Bye">Goodbye.</play>\n',
    );
    expect(summary(POLL, after)).toEqual(['moved /dialplan/play']);
  });

  it('reports keypress branches put in another order as one move, not as changed keypresses', () => {
    const second = '    <keypress pressed="2">\n      <goto>Bye</goto>\n    </keypress>\n';
    const after = POLL.replace(second, '').replace(
      '    <keypress pressed="1">',
      `${second}    <keypress pressed="1">`,
    );
    expect(summary(POLL, after)).toEqual(['moved /dialplan/menu/keypress[1]']);
  });

  it('reports a pressed key changed in place as a changed attribute', () => {
    const after = POLL.replace('pressed="2"', 'pressed="3"');
    expect(summary(POLL, after)).toEqual(['changed /dialplan/menu/keypress[2] attribute:pressed']);
  });

  it.each(FIXTURES)('diffs %s against itself reformatted as nothing', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(diffDialplanTexts(text, formatDialplan(parseDialplan(text).document))).toEqual([]);
  });
});

describe('diffDialplanTexts on many siblings', () => {
  it('pairs 100,000 unnamed siblings in order and reports the one that was added', () => {
    const plays = (n: number) => '<play type="tts">x</play>'.repeat(n);
    const before = `<dialplan>${plays(100_000)}</dialplan>`;
    const after = `<dialplan>${plays(100_000)}<hangup/></dialplan>`;
    const changes = diffDialplanTexts(before, after);
    expect(changes.map((c) => `${c.kind} ${c.tag}`)).toEqual(['added hangup']);
  }, 30_000);
});
