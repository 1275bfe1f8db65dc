/**
 * Adding joins the flow (issue 24): what is added after an element takes over where its call went next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attrValue, elementName, indexElements, textContent } from '../ast/query.ts';
import type { ChildNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { validateDialplan } from '../validate/index.ts';
import { reachedIds } from '../validate/reach.ts';
import { noWayIn } from '../validate/rules/no-way-in.ts';
import { unreachable } from '../validate/rules/unreachable.ts';
import { paletteItem, paletteSnippet } from './catalog.ts';
import { connectAfterFix, describeJoin, insertJoined, planJoin, waysIn } from './join.ts';
import type { TextPatch } from './patch.ts';
import { placementFor } from './placement.ts';
import { edited, parse, readFixture } from './edit.test-support.ts';

const POLL = readFixture('callfire/callfire-api-samples-2.0-ivr-politicalPoll.xml');

/** The element that starts at `offset`. */
function startingAt(doc: DialplanDocument, offset: number): ElementNode | undefined {
  let nodes: readonly ChildNode[] = doc.children;
  for (;;) {
    const hit = nodes.find(
      (n): n is ElementNode =>
        n.type === 'element' && n.range.start.offset <= offset && offset < n.range.end.offset,
    );
    if (!hit || hit.range.start.offset === offset) return hit;
    nodes = hit.children;
  }
}

/** Where an offset of the old text is in the patched text (an insertion at it pushes it on). */
function mapOffset(offset: number, patches: readonly TextPatch[]): number {
  let shift = 0;
  for (const p of patches) if (p.to <= offset) shift += p.insert.length - (p.to - p.from);
  return offset + shift;
}

/** The palette's keyboard path: add `itemId` after the selection; the new element is selected. */
function add(text: string, selectedId: string | undefined, itemId: string) {
  const doc = parse(text);
  const item = paletteItem(itemId)!;
  const result = insertJoined(
    doc,
    (d, next) => paletteSnippet(d, itemId, next),
    placementFor(doc, selectedId, item.kind),
  );
  const after = edited(doc, result.patches);
  const added = startingAt(parse(after), result.focusOffset!);
  return { text: after, added: added!, result };
}

const byName = (text: string, name: string) => indexElements(parse(text)).byName.get(name)!;
const gotoIn = (element: ElementNode) =>
  element.children
    .filter((c): c is ElementNode => c.type === 'element' && c.kind === 'goto')
    .map((g) => textContent(g).trim());
const branch = (menu: ElementNode, pressed: string) =>
  menu.children.find(
    (c): c is ElementNode => c.type === 'element' && attrValue(c, 'pressed') === pressed,
  )!;
const flowWarnings = (text: string) =>
  validateDialplan(parse(text), { rules: [unreachable, noWayIn] }).map((d) => d.nodeId);

describe('adding joins the flow', () => {
  it('three Poll questions after Question_01 are all on the call, in the order added', () => {
    let text = POLL;
    let selected = byName(text, 'Question_01').id;
    const said: string[] = [];
    for (let i = 0; i < 3; i++) {
      const step = add(text, selected, 'block:poll-question');
      said.push(describeJoin(step.result.join));
      text = step.text;
      selected = step.added.id;
    }
    // Question_01's answers go to the first; each new one carries on to the next, the last to Goodbye
    expect(gotoIn(branch(byName(text, 'Question_01'), '1-5'))).toEqual(['Question']);
    const order = indexElements(parse(text))
      .ordered.filter((e) => e.kind === 'menu')
      .map((e) => elementName(e));
    expect(order).toEqual(['Live', 'Question_01', 'Question', 'Question_2', 'Question_3']);
    expect(byName(text, 'Question_3').range.end.offset).toBeLessThan(
      byName(text, 'Goodbye').range.start.offset,
    );
    expect(said[0]).toBe('branch 1-5 of Question_01 now leads to it');
    expect(said[1]).toBe('branch 1 of Question and branch 2 of Question now lead to it');
    const reached = reachedIds(parse(text));
    for (const name of ['Question', 'Question_2', 'Question_3', 'Goodbye'])
      expect(reached.has(byName(text, name).id)).toBe(true);
    expect(flowWarnings(text)).toEqual([]);
  });

  it('with the selection kept on Question_01, each new question goes right after it', () => {
    let text = POLL;
    for (let i = 0; i < 3; i++)
      text = add(text, byName(text, 'Question_01').id, 'block:poll-question').text;
    expect(gotoIn(branch(byName(text, 'Question_01'), '1-5'))).toEqual(['Question_3']);
    expect(flowWarnings(text)).toEqual([]);
  });

  it('without joining, the same adds leave the questions off the call (the bug, as the rule sees it)', () => {
    let text = POLL;
    for (let i = 0; i < 3; i++) {
      const doc = parse(text);
      const anchorId = byName(text, 'Question_01').id;
      const snippet = paletteSnippet(doc, 'block:poll-question');
      text = edited(doc, [{ ...endOf(doc, anchorId), insert: `\n${snippet}` }]);
    }
    expect(flowWarnings(text)).toHaveLength(3);
  });

  it('a branching menu keeps its other branches: the largest group (first on a tie) is joined', () => {
    const text = `<dialplan><goto>Q</goto><play name="A" type="tts">a</play><hangup/><play name="B" type="tts">b</play><hangup/>
<menu name="Q"><keypress pressed="1"><goto>A</goto></keypress><keypress pressed="2"><goto>B</goto></keypress><keypress pressed="default"><goto>Q</goto></keypress></menu></dialplan>`;
    const { text: after, added, result } = add(text, byName(text, 'Q').id, 'tag:play');
    expect(result.join.next).toBe('A');
    expect(gotoIn(branch(byName(after, 'Q'), '1'))).toEqual([elementName(added)]);
    expect(gotoIn(branch(byName(after, 'Q'), '2'))).toEqual(['B']);
    expect(after).toContain(
      `<play name="play" type="tts" voice="female1">Hello.</play>\n<goto>A</goto>`,
    );
    expect(flowWarnings(after)).toEqual([]);
  });

  it('after a goto, the goto leads to the new element and the new element where it went', () => {
    const text = `<dialplan><goto>End</goto>\n<hangup name="Unused"/>\n<hangup name="End"/></dialplan>`;
    const { text: after, result } = add(text, '/dialplan/goto', 'block:poll-question');
    expect(describeJoin(result.join)).toBe('the goto of <goto> now leads to it; it goes on to End');
    expect(after).toMatch(/^<dialplan><goto>Question<\/goto>/);
    expect(gotoIn(branch(byName(after, 'Question'), '1'))).toEqual(['End']);
    expect(flowWarnings(after)).toEqual(['/dialplan/hangup[1]']);
    // a goto to what follows it: the new element goes in between, and carries on to it
    const next = add(
      '<dialplan><goto>End</goto>\n<hangup name="End"/></dialplan>',
      '/dialplan/goto',
      'tag:play',
    );
    expect(next.text).toMatch(
      /^<dialplan><goto>play<\/goto>\s*<play name="play" [^>]*>Hello.<\/play>\n<hangup/,
    );
  });

  it('a goodbye added after a question ends the call there, and what it cut off is warned about', () => {
    const { text } = add(POLL, byName(POLL, 'Question_01').id, 'block:goodbye');
    expect(gotoIn(branch(byName(text, 'Question_01'), '1-5'))).toEqual(['play']);
    expect(flowWarnings(text)).toContain(byName(text, 'Goodbye').id);
  });

  it('an element that simply carries on to the new one is no news in the hint', () => {
    const doc = parse('<dialplan><play name="Hello" type="tts">hi</play><hangup/></dialplan>');
    const join = planJoin(doc, { anchorId: '/dialplan/play', where: 'after' });
    expect(join.joined).toBe(true);
    expect(join.next).toBeUndefined();
    expect(describeJoin(join)).toBe('');
  });

  it('after a hangup nothing can join: the plan says so', () => {
    const doc = parse('<dialplan><hangup/></dialplan>');
    expect(planJoin(doc, { anchorId: '/dialplan/hangup', where: 'after' }).joined).toBe(false);
  });

  it('inside a branch that ends with a goto, the new element goes before it', () => {
    const { text, result } = add(POLL, branch(byName(POLL, 'Question_01'), '1-5').id, 'tag:play');
    expect(result.join.placement.where).toBe('before');
    expect(gotoIn(branch(byName(text, 'Question_01'), '1-5'))).toEqual(['Goodbye']);
    expect(text).toMatch(
      /<play type="tts" voice="female1">Hello\.<\/play>\s*<goto name="goto_Goodbye">/,
    );
    expect(flowWarnings(text)).toEqual([]);
  });

  it('one edit: the insert and the re-pointed gotos are patches of one result', () => {
    const { result } = add(POLL, byName(POLL, 'Question_01').id, 'block:poll-question');
    expect(result.patches).toHaveLength(2);
  });
});

function endOf(doc: DialplanDocument, id: string) {
  const element = indexElements(doc).byId.get(id)!;
  return { from: element.range.end.offset, to: element.range.end.offset };
}

/**
 * Items that lead on. A block that ends the call (Say goodbye and hang up, a goto yet to be given its
 * target) does what it says where it is added: what followed is then off the call, and the rules say so.
 */
const ITEMS = [
  'block:poll-question',
  'block:amd-split',
  'tag:play',
  'tag:menu',
  'tag:setvar',
  'tag:stash',
  'tag:if',
];
const CORPUS = [
  'callfire/callfire-api-samples-2.0-ivr-politicalPoll.xml',
  'political-poll.xml',
  'callfire/callfire-ivr-samples-Polls_and_Surveys-CustomerSatisfaction.xml',
  'callfire/callfire-ivr-samples-Polls_and_Surveys-JobInterviewSurvey.xml',
  'callfire/callfire-ivr-samples-Inbound-only_Campaigns-SmallBusinessTree.xml',
];

/** Elements a call reaches and can carry on from (after a hangup nothing can be joined). */
function joinableSelections(text: string): string[] {
  const doc = parse(text);
  const reached = reachedIds(doc);
  return indexElements(doc)
    .ordered.filter((e) => reached.has(e.id) && e !== doc.root)
    .filter((e) => planJoin(doc, { anchorId: e.id, where: 'after' }).joined)
    .map((e) => e.id);
}

describe('property: after any sequence of adds, every added element is reachable by some call', () => {
  it('on the corpus and polls built from the empty one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPUS, 'empty'),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ITEMS), fc.boolean()), {
          minLength: 1,
          maxLength: 6,
        }),
        (fixture, steps) => {
          let text =
            fixture === 'empty'
              ? '<dialplan name="Root">\n    <play type="tts">Hi</play>\n</dialplan>'
              : readFixture(fixture);
          let added: number[] = [];
          let selected: string | undefined;
          for (const [pick, item, chain] of steps) {
            const choices = joinableSelections(text);
            if (!chain || selected === undefined || !choices.includes(selected))
              selected = choices[pick % choices.length];
            const step = add(text, selected, item);
            added = added.map((o) => mapOffset(o, step.result.patches));
            added.push(step.result.focusOffset!);
            text = step.text;
            selected = step.added.id;
          }
          const doc = parse(text);
          const reached = reachedIds(doc);
          for (const offset of added) {
            const element = startingAt(doc, offset);
            expect(element?.range.start.offset).toBe(offset);
            expect(reached.has(element!.id), `${element?.id} in\n${text}`).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('quick fix "Connect after …"', () => {
  it('hands Question_01’s answers on to a question that no call reaches', () => {
    const doc = parse(POLL);
    const anchor = byName(POLL, 'Question_01');
    const snippet = paletteSnippet(doc, 'block:poll-question');
    const text = edited(doc, [{ ...endOf(doc, anchor.id), insert: `\n${snippet}` }]);
    expect(flowWarnings(text)).toEqual([byName(text, 'Question').id]);
    const fix = connectAfterFix(parse(text), byName(text, 'Question').id)!;
    expect(fix.title).toBe('Connect after Question_01');
    expect(fix.detail).toBe('branch 1-5 of Question_01 now leads to it');
    const fixed = edited(parse(text), fix.patches);
    expect(gotoIn(branch(byName(fixed, 'Question_01'), '1-5'))).toEqual(['Question']);
    expect(flowWarnings(fixed)).toEqual([]);
  });

  it('offers nothing where no way in is obvious', () => {
    const text = '<dialplan><hangup/>\n<play name="P" type="tts">p</play></dialplan>';
    expect(connectAfterFix(parse(text), byName(text, 'P').id)).toBeUndefined();
    expect(connectAfterFix(parse(POLL), byName(POLL, 'Live').id)).toBeUndefined();
  });
});

describe('the ways in (what the Inspector says)', () => {
  it('names the branches re-pointed to an added question, and what carries on to the next', () => {
    const first = add(POLL, byName(POLL, 'Question_01').id, 'block:poll-question');
    expect(waysIn(parse(first.text), first.added.id)).toEqual(['branch 1-5 of Question_01']);
    const second = add(first.text, first.added.id, 'block:poll-question');
    expect(waysIn(parse(second.text), second.added.id)).toEqual([
      'branch 1 of Question',
      'branch 2 of Question',
    ]);
    expect(waysIn(parse(POLL), byName(POLL, 'Hangup').id)).toEqual([
      'branch 2 of Live',
      'the goto Goodbye_Hangup',
      'carrying on from Machine',
    ]);
  });
});

it('a first child is reached from the start of its container', () => {
  expect(waysIn(parse(POLL), '/dialplan/amd')).toEqual(['the start of the call']);
  expect(waysIn(parse(POLL), byName(POLL, 'play_Live').id)).toEqual(['the start of Live']);
});
