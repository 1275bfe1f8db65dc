import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { duplicateElement, makeNamesUnique, pasteSnippet, serializeElement } from './clipboard.ts';
import { moveElement } from './move.ts';
import { deleteElement } from './remove.ts';
import { edited, parse, readFixture, shape } from './edit.test-support.ts';

const TEXT = `<dialplan>
    <!-- questions -->
    <menu name="Q1">
        <play type="tts">One?</play>
        <keypress pressed="1">
            <stash varname="Q1">Yes</stash>
        </keypress>
        <keypress pressed="default">
            <goto>Q1</goto>
        </keypress>
    </menu>
    <play type="tts" name="Bye">Bye</play>
    <hangup/>
</dialplan>
`;

describe('deleteElement', () => {
  it('removes the element with its line, leaving references dangling', () => {
    const doc = parse(TEXT);
    const out = edited(doc, deleteElement(doc, '/dialplan/menu'));
    expect(out).toBe(TEXT.replace(/ {4}<menu[\s\S]*<\/menu>\n/, ''));
    const inline = parse('<dialplan><play>a</play><hangup/></dialplan>');
    expect(edited(inline, deleteElement(inline, '/dialplan/play'))).toBe(
      '<dialplan><hangup/></dialplan>',
    );
  });
});

describe('copy, paste and duplicate', () => {
  it('serializes a subtree dedented to column 0', () => {
    expect(serializeElement(parse(TEXT), '/dialplan/menu/keypress[1]')).toBe(
      '<keypress pressed="1">\n    <stash varname="Q1">Yes</stash>\n</keypress>',
    );
  });

  it('duplicates a menu with a fresh name, its repeat looping on the copy', () => {
    const doc = parse(TEXT);
    const out = edited(doc, duplicateElement(doc, '/dialplan/menu').patches);
    const copy = TEXT.slice(
      TEXT.indexOf('    <menu'),
      TEXT.indexOf('    <play type="tts" name="Bye"'),
    );
    const renamed = copy
      .replace('name="Q1"', 'name="Q1_2"')
      .replace('<goto>Q1</goto>', '<goto>Q1_2</goto>');
    expect(out).toBe(TEXT.replace(copy, copy + renamed));
  });

  it('keeps references to elements outside the pasted XML', () => {
    const snippet = '<keypress pressed="2"><goto>Bye</goto></keypress>';
    expect(makeNamesUnique(snippet, new Set(['Bye']))).toBe(snippet);
  });

  it('pastes from another document with names made unique', () => {
    const other = parse(readFixture('political-poll.xml'));
    const copied = serializeElement(other, '/dialplan/menu[2]');
    const doc = parse(TEXT);
    const result = pasteSnippet(doc, copied, { anchorId: '/dialplan/hangup', where: 'before' });
    const out = edited(doc, result.patches);
    expect(out).toContain('<menu maxDigits="1" timeout="3500" name="Question_01">');
    const pasted = parseDialplan(out).document;
    expect(shape(pasted.children)).toHaveLength(1);
    const taken = makeNamesUnique(copied, new Set(['Question_01']));
    expect(taken).toContain('name="Question_01_2"');
    expect(taken).toContain('<goto name="replay_Question_01">Question_01_2</goto>');
  });

  it('refuses to paste text that is not XML', () => {
    expect(() =>
      pasteSnippet(parse(TEXT), '<play>', { anchorId: '/dialplan', where: 'lastChild' }),
    ).toThrow(/well-formed/);
  });
});

describe('moveElement', () => {
  it('moves an element into a branch, re-indented, and back out', () => {
    const doc = parse(TEXT);
    const into = edited(
      doc,
      moveElement(doc, '/dialplan/play', {
        anchorId: '/dialplan/menu/keypress[1]',
        where: 'lastChild',
      }).patches,
    );
    expect(into).toBe(
      TEXT.replace('    <play type="tts" name="Bye">Bye</play>\n', '').replace(
        '<stash varname="Q1">Yes</stash>\n',
        '<stash varname="Q1">Yes</stash>\n            <play type="tts" name="Bye">Bye</play>\n',
      ),
    );
    const inside = parse(into);
    const back = edited(
      inside,
      moveElement(inside, '/dialplan/menu/keypress[1]/play', {
        anchorId: '/dialplan/hangup',
        where: 'before',
      }).patches,
    );
    expect(back).toBe(TEXT);
  });

  it('refuses to move an element into itself, and a move onto itself changes nothing', () => {
    const doc = parse(TEXT);
    expect(() =>
      moveElement(doc, '/dialplan/menu', {
        anchorId: '/dialplan/menu/keypress[1]',
        where: 'lastChild',
      }),
    ).toThrow(/into itself/);
    expect(
      moveElement(doc, '/dialplan/menu', { anchorId: '/dialplan/menu', where: 'after' }).patches,
    ).toEqual([]);
  });
});
