import { describe, expect, it } from 'vitest';
import { childElements, textContent } from '../ast/query.ts';
import { TAG_KINDS } from '../ast/types.ts';
import { parseDialplan } from '../xml/parse.ts';
import { amdSplitXml, goodbyeXml, INVALID_SELECTION, pollQuestionXml } from './blocks.ts';
import { PALETTE_ITEMS, paletteSnippet } from './catalog.ts';
import { insertSnippet } from './insert.ts';
import { placementFor } from './placement.ts';
import { edited, parse, readFixture, shape } from './edit.test-support.ts';

describe('composite blocks', () => {
  it('a poll question has the seed’s shape: prompt, one stashing branch per answer, a repeating default', () => {
    const xml = pollQuestionXml(new Set(['Question']), {
      question: 'Will you vote?',
      answers: ['Yes', 'No'],
      next: 'Goodbye',
    });
    const menu = parseDialplan(xml).document.root;
    expect(menu?.kind).toBe('menu');
    const [prompt, yes, no, other] = childElements(menu!);
    expect(textContent(prompt!)).toBe('Will you vote? Press 1 for Yes, press 2 for No.');
    expect(shape([yes!])).toEqual([
      {
        tag: 'keypress',
        attrs: { pressed: '1' },
        children: [
          { tag: 'stash', attrs: { varname: 'Question_2' }, children: ['Yes'] },
          { tag: 'goto', attrs: {}, children: ['Goodbye'] },
        ],
      },
    ]);
    expect(no?.attributes[0]?.value).toBe('2');
    expect(shape([other!])).toEqual([
      {
        tag: 'keypress',
        attrs: { pressed: 'default' },
        children: [
          { tag: 'play', attrs: { type: 'tts', voice: 'female1' }, children: [INVALID_SELECTION] },
          { tag: 'goto', attrs: {}, children: ['Question_2'] },
        ],
      },
    ]);
  });

  it('an AMD split sends a person and a machine to their targets', () => {
    const branch = (tag: string, target: string) => ({
      tag,
      attrs: {},
      children: [{ tag: 'goto', attrs: {}, children: [target] }],
    });
    expect(shape(parseDialplan(amdSplitXml('Live', 'Machine')).document.children)).toEqual([
      { tag: 'amd', attrs: {}, children: [branch('live', 'Live'), branch('machine', 'Machine')] },
    ]);
  });

  it('say goodbye and hang up is a prompt then a hangup', () => {
    const doc = parse(`<dialplan>\n    <hangup name="x"/>\n</dialplan>`);
    const out = edited(
      doc,
      insertSnippet(doc, goodbyeXml(), { anchorId: '/dialplan/hangup', where: 'before' }).patches,
    );
    expect(out).toContain(
      '    <play type="tts" voice="female1">Thank you for your time. Goodbye.</play>\n    <hangup/>\n    <hangup name="x"/>',
    );
  });
});

describe('palette catalogue', () => {
  it('offers every tag but the root, and the three blocks, each with a summary', () => {
    const ids = PALETTE_ITEMS.map((i) => i.id);
    for (const kind of TAG_KINDS.filter((k) => k !== 'dialplan'))
      expect(ids).toContain(`tag:${kind}`);
    expect(ids).toEqual(
      expect.arrayContaining(['block:poll-question', 'block:amd-split', 'block:goodbye']),
    );
    for (const item of PALETTE_ITEMS) expect(item.summary.length).toBeGreaterThan(5);
  });

  it('every item inserts well-formed XML into an empty dialplan', () => {
    for (const item of PALETTE_ITEMS) {
      const doc = parse('<dialplan name="Root"/>');
      const position = placementFor(doc, undefined, item.kind);
      edited(doc, insertSnippet(doc, paletteSnippet(doc, item.id), position).patches);
    }
  });

  it('a second poll question gets a fresh name', () => {
    const doc = parse('<dialplan>\n    <menu name="Question"/>\n</dialplan>');
    expect(paletteSnippet(doc, 'block:poll-question')).toContain(
      '<menu maxDigits="1" timeout="3500" name="Question_2">',
    );
  });
});

describe('placementFor', () => {
  const doc = parse(readFixture('political-poll.xml'));
  it('goes after the selected element, or at the end of the dialplan when nothing is selected', () => {
    expect(placementFor(doc, '/dialplan/menu[1]', 'play')).toEqual({
      anchorId: '/dialplan/menu[1]',
      where: 'after',
    });
    expect(placementFor(doc, undefined, 'play')).toEqual({
      anchorId: '/dialplan',
      where: 'lastChild',
    });
  });
  it('goes inside a selected branch, and inside anything when asked or when only inside is allowed', () => {
    expect(placementFor(doc, '/dialplan/menu[1]/keypress[2]', 'play')).toEqual({
      anchorId: '/dialplan/menu[1]/keypress[2]',
      where: 'lastChild',
    });
    expect(placementFor(doc, '/dialplan/menu[1]/keypress[2]', 'keypress')).toEqual({
      anchorId: '/dialplan/menu[1]/keypress[2]',
      where: 'after',
    });
    expect(placementFor(doc, '/dialplan/menu[1]/keypress[1]', 'play', true)).toEqual({
      anchorId: '/dialplan/menu[1]/keypress[1]',
      where: 'lastChild',
    });
    expect(placementFor(doc, '/dialplan/menu[2]', 'keypress')).toEqual({
      anchorId: '/dialplan/menu[2]',
      where: 'lastChild',
    });
  });
});
