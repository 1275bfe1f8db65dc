import { describe, expect, it } from 'vitest';
import { addKeypressBranch } from './branch.ts';
import { connect, connectToElement, disconnect } from './connect.ts';
import { edited, parse } from './edit.test-support.ts';

const TEXT = `<dialplan>
    <menu name="M">
        <keypress pressed="1">
            <stash varname="M">Yes</stash>
        </keypress>
        <keypress pressed="2">
            <goto>Old</goto>
        </keypress>
        <keypress pressed="default"/>
    </menu>
    <catch type="hangup" goto="Old"><play>x</play></catch>
    <play type="tts">Bye</play>
    <hangup name="End"/>
</dialplan>
`;

describe('connect and disconnect', () => {
  it('adds a goto as the last child of a branch', () => {
    const doc = parse(TEXT);
    const out = edited(doc, connect(doc, '/dialplan/menu/keypress[1]', 'End').patches);
    expect(out).toBe(TEXT.replace('Yes</stash>\n', 'Yes</stash>\n            <goto>End</goto>\n'));
  });

  it('changes the goto a branch already has', () => {
    const doc = parse(TEXT);
    expect(edited(doc, connect(doc, '/dialplan/menu/keypress[2]', 'End').patches)).toBe(
      TEXT.replace('>Old<', '>End<'),
    );
  });

  it('sets a catch’s goto attribute', () => {
    const doc = parse(TEXT);
    expect(edited(doc, connect(doc, '/dialplan/catch', 'End').patches)).toBe(
      TEXT.replace('goto="Old"', 'goto="End"'),
    );
  });

  it('connects the "next" of a top-level element with a goto after it', () => {
    const doc = parse(TEXT);
    const out = edited(doc, connect(doc, '/dialplan/play', 'M').patches);
    expect(out).toBe(TEXT.replace('Bye</play>\n', 'Bye</play>\n    <goto>M</goto>\n'));
    const again = parse(out);
    expect(edited(again, connect(again, '/dialplan/play', 'End').patches)).toBe(
      TEXT.replace('Bye</play>\n', 'Bye</play>\n    <goto>End</goto>\n'),
    );
    expect(edited(again, disconnect(again, '/dialplan/play'))).toBe(TEXT);
  });

  it('names an unnamed target when connecting to it', () => {
    const doc = parse(TEXT);
    const out = edited(
      doc,
      connectToElement(doc, '/dialplan/menu/keypress[3]', '/dialplan/play').patches,
    );
    expect(out).toBe(
      TEXT.replace(
        '<keypress pressed="default"/>',
        '<keypress pressed="default">\n            <goto>play</goto>\n        </keypress>',
      ).replace('<play type="tts">Bye', '<play type="tts" name="play">Bye'),
    );
  });

  it('removes a branch’s goto and a catch’s goto attribute', () => {
    const doc = parse(TEXT);
    expect(edited(doc, disconnect(doc, '/dialplan/menu/keypress[2]'))).toBe(
      TEXT.replace('            <goto>Old</goto>\n', ''),
    );
    expect(edited(doc, disconnect(doc, '/dialplan/catch'))).toBe(TEXT.replace(' goto="Old"', ''));
    expect(disconnect(doc, '/dialplan/menu/keypress[1]')).toEqual([]);
  });
});

describe('addKeypressBranch', () => {
  it('adds the next free key before the default branch', () => {
    const doc = parse(TEXT);
    const out = edited(doc, addKeypressBranch(doc, '/dialplan/menu').patches);
    expect(out).toBe(
      TEXT.replace(
        '        <keypress pressed="default"/>',
        '        <keypress pressed="3"/>\n        <keypress pressed="default"/>',
      ),
    );
  });

  it('counts ranges as used keys and appends to a menu without a default', () => {
    const doc = parse(
      '<dialplan>\n  <menu>\n    <keypress pressed="1-5"/>\n  </menu>\n</dialplan>',
    );
    expect(edited(doc, addKeypressBranch(doc, '/dialplan/menu').patches)).toContain(
      '<keypress pressed="1-5"/>\n    <keypress pressed="6"/>\n  </menu>',
    );
  });

  it('only adds branches to menus', () => {
    expect(() => addKeypressBranch(parse(TEXT), '/dialplan/play')).toThrow(/menu/);
  });
});
