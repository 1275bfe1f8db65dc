/**
 * The product's first use, at the level of the operations the palette, the inspector and the graph call:
 * build the seed's political poll from an empty dialplan without typing a tag, and get the same tree
 * (names chosen here as the seed has them).
 */
import { describe, expect, it } from 'vitest';
import { elementAtOffset, indexElements, textContent } from '../ast/query.ts';
import { setAttribute } from './attributes.ts';
import { addKeypressBranch } from './branch.ts';
import { paletteItem, paletteSnippet } from './catalog.ts';
import { connect, connectToElement } from './connect.ts';
import { insertSnippet } from './insert.ts';
import type { TextPatch } from './patch.ts';
import { placementFor } from './placement.ts';
import { deleteElement } from './remove.ts';
import { renameElement } from './rename.ts';
import { setTextContent } from './text-content.ts';
import { treeShape } from '../format/index.ts';
import { edited, parse, readFixture } from './edit.test-support.ts';
import type { EditResult } from './types.ts';

const SEED = parse(readFixture('political-poll.xml'));
const seedIndex = indexElements(SEED);
/** A prompt of the seed, by the name of its play (the test chooses to type the same words). */
const seedText = (name: string) => textContent(seedIndex.byName.get(name)!).trim();

class Studio {
  text = '<dialplan name="Root"/>';
  selected: string | undefined;

  get doc() {
    return parse(this.text);
  }
  apply(result: EditResult | TextPatch[]) {
    const { patches, focusOffset } = Array.isArray(result) ? { patches: result } : result;
    this.text = edited(this.doc, patches);
    if (focusOffset !== undefined) this.selected = elementAtOffset(this.doc, focusOffset + 1)?.id;
  }
  /** The id of the element named `name`. */
  id(name: string): string {
    const element = indexElements(this.doc).byName.get(name);
    if (!element) throw new Error(`no ${name}`);
    return element.id;
  }
  palette(itemId: string) {
    const doc = this.doc;
    const item = paletteItem(itemId)!;
    this.apply(
      insertSnippet(doc, paletteSnippet(doc, itemId), placementFor(doc, this.selected, item.kind)),
    );
  }
  inspect(id: string, attribute: string, value: string) {
    this.apply(
      attribute === 'name'
        ? renameElement(this.doc, id, value)
        : setAttribute(this.doc, id, attribute, value),
    );
  }
  say(id: string, text: string) {
    this.apply(setTextContent(this.doc, id, text));
  }
}

describe('building the seed poll from nothing with palette, inspector and connections', () => {
  it('gives the same tree as fixtures/political-poll.xml', () => {
    const s = new Studio();
    s.palette('block:amd-split');
    s.palette('block:poll-question');
    s.inspect(s.id('Question'), 'name', 'Live');
    s.palette('block:poll-question'); // the Live menu is selected: the next question goes after it
    s.inspect(s.id('Question'), 'name', 'Question_01');
    s.selected = s.id('Question_01');
    s.palette('block:goodbye');
    s.inspect('/dialplan/play', 'name', 'Goodbye');
    s.selected = s.id('Goodbye');
    s.palette('tag:play');
    s.inspect('/dialplan/play[2]', 'name', 'Machine');
    s.apply(connectToElement(s.doc, s.id('Goodbye'), '/dialplan/hangup'));
    s.inspect(s.id('hangup'), 'name', 'Hangup');
    s.inspect('/dialplan/goto', 'name', 'Goodbye_Hangup');

    // AMD: a person goes to the first question, a machine to its message
    s.apply(connect(s.doc, '/dialplan/amd/live', 'Live'));
    s.apply(connect(s.doc, '/dialplan/amd/machine', 'Machine'));
    s.inspect('/dialplan/amd/live/goto', 'name', 'goto_Live');
    s.inspect('/dialplan/amd/machine/goto', 'name', 'goto_Machine');

    // the first question: will you vote?
    const live = s.id('Live');
    for (const [attr, value] of [
      ['maxDigits', '1'],
      ['timeout', '3500'],
    ] as const)
      s.inspect(live, attr, value);
    s.inspect(`${live}/play`, 'name', 'play_Live');
    s.say(s.id('play_Live'), seedText('play_Live'));
    s.inspect(`${live}/keypress[1]`, 'name', 'kp_Vote');
    s.inspect(`${live}/keypress[2]`, 'name', 'kp_Will_Not_Vote');
    s.inspect(`${live}/keypress[3]`, 'name', 'incorrect_Selection');
    s.inspect(`${s.id('kp_Vote')}/stash`, 'varname', 'Vote');
    s.inspect(`${s.id('kp_Vote')}/stash`, 'name', 'stash_Will_Vote');
    s.apply(connect(s.doc, s.id('kp_Vote'), 'Question_01'));
    s.inspect(`${s.id('kp_Will_Not_Vote')}/stash`, 'varname', 'Vote');
    s.inspect(`${s.id('kp_Will_Not_Vote')}/stash`, 'name', 'stash_Will_Not_Vote');
    s.selected = s.id('kp_Will_Not_Vote');
    s.palette('tag:play'); // a branch is selected: the prompt goes inside it
    s.say(s.selected!, seedText('play_Goodbye_1'));
    s.inspect(s.selected!, 'name', 'play_Goodbye_1');
    s.apply(connect(s.doc, s.id('kp_Will_Not_Vote'), 'Hangup'));
    s.inspect(`${s.id('incorrect_Selection')}/play`, 'name', 'play_Inorrect_Selection');
    s.inspect(`${s.id('incorrect_Selection')}/goto`, 'name', 'replay_Live');
    s.say(s.id('play_Inorrect_Selection'), seedText('play_Inorrect_Selection'));

    // the second question: one range branch instead of one per answer
    const q = s.id('Question_01');
    s.apply(deleteElement(s.doc, `${q}/keypress[2]`));
    s.inspect(`${q}/keypress[1]`, 'pressed', '1-5');
    s.inspect(`${q}/keypress[1]`, 'name', 'Selection_Question_01');
    s.inspect(`${q}/keypress[2]`, 'name', 'incorrect_Selection_Question_01');
    s.inspect(`${q}/play`, 'name', 'play_Question_01');
    s.say(s.id('play_Question_01'), seedText('play_Question_01'));
    const selection = s.id('Selection_Question_01');
    s.inspect(`${selection}/stash`, 'varname', 'Candidate');
    s.inspect(`${selection}/stash`, 'name', 'stash_Candidate');
    s.say(s.id('stash_Candidate'), '${call.lastinput}');
    s.apply(connect(s.doc, selection, 'Goodbye'));
    s.inspect(`${selection}/goto`, 'name', 'goto_Goodbye');
    const wrong = s.id('incorrect_Selection_Question_01');
    s.inspect(`${wrong}/play`, 'name', 'play_Inorrect_Selection_Question_01');
    s.inspect(`${wrong}/goto`, 'name', 'replay_Question_01');

    // the closing prompts
    s.say(s.id('Goodbye'), seedText('Goodbye'));
    s.say(s.id('Machine'), seedText('Machine'));

    // attributes in the seed's order too: the blocks write them as the seed does
    expect(treeShape(s.doc.children)).toEqual(treeShape(SEED.children));
  });

  it('a branch added from the menu is ready to be connected', () => {
    const s = new Studio();
    s.palette('block:poll-question');
    s.apply(addKeypressBranch(s.doc, s.id('Question')));
    s.apply(connect(s.doc, `${s.id('Question')}/keypress[3]`, 'Question'));
    expect(s.text).toContain(
      '<keypress pressed="3">\n            <goto>Question</goto>\n        </keypress>',
    );
  });
});
