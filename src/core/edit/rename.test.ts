import { describe, expect, it } from 'vitest';
import { renameElement } from './rename.ts';
import { edited, parse, readFixture } from './edit.test-support.ts';

describe('renameElement', () => {
  it('renames a menu and every goto that pointed at it, nothing else', () => {
    const text = readFixture('political-poll.xml');
    const doc = parse(text);
    const out = edited(doc, renameElement(doc, '/dialplan/menu[1]', 'Intro'));
    expect(out).toBe(
      text
        .replace('name="Live"', 'name="Intro"')
        .replace('<goto name="goto_Live">Live</goto>', '<goto name="goto_Live">Intro</goto>')
        .replace('<goto name="replay_Live">Live</goto>', '<goto name="replay_Live">Intro</goto>'),
    );
  });

  it('updates catch@goto and goto text written with blanks around it', () => {
    const text = `<dialplan>
  <catch type="hangup" goto="Bye"><play type="tts">x</play></catch>
  <goto>
    Bye
  </goto>
  <hangup name="Bye"/>
</dialplan>`;
    const doc = parse(text);
    const out = edited(doc, renameElement(doc, '/dialplan/hangup', 'End'));
    expect(out).toBe(
      text
        .replace('goto="Bye"', 'goto="End"')
        .replace('    Bye\n', '    End\n')
        .replace('name="Bye"', 'name="End"'),
    );
  });

  it('names an unnamed element', () => {
    const doc = parse('<dialplan><hangup/></dialplan>');
    expect(edited(doc, renameElement(doc, '/dialplan/hangup', 'End'))).toBe(
      '<dialplan><hangup name="End"/></dialplan>',
    );
  });

  it('leaves references alone when the old name was not unique (they are ambiguous)', () => {
    const text =
      '<dialplan><play name="A">1</play><play name="A">2</play><goto>A</goto></dialplan>';
    const doc = parse(text);
    const out = edited(doc, renameElement(doc, '/dialplan/play[2]', 'B'));
    expect(out).toBe(text.replace('<play name="A">2', '<play name="B">2'));
  });
});
