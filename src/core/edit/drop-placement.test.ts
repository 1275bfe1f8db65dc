import { describe, expect, it } from 'vitest';
import { describeDrop, describePlacement, planDrop, type PlacedBox } from './drop-placement.ts';
import { insertSnippet } from './insert.ts';
import { edited, parse, readFixture } from './edit.test-support.ts';

const POLL = parse(readFixture('political-poll.xml'));

describe('a palette item dropped on a branch output', () => {
  it('goes inside the branch, before the goto that ends it, so calls taking the branch reach it', () => {
    const plan = planDrop(
      POLL,
      { on: 'branch', branchId: '/dialplan/menu[1]/keypress[1]' },
      'play',
      'Play',
    );
    expect(plan).toEqual({
      placement: { anchorId: '/dialplan/menu[1]/keypress[1]/goto', where: 'before' },
      where: 'inside branch 1 of Live',
      reachable: true,
    });
    const text = edited(POLL, insertSnippet(POLL, '<play>New</play>', plan.placement).patches);
    expect(text).toContain('<play>New</play>\n            <goto>Question_01</goto>');
  });

  it('goes at the end of a branch that does not end the flow, and names amd branches', () => {
    const doc = parse(
      '<dialplan name="R"><amd><live><play>a</play></live><machine/></amd></dialplan>',
    );
    expect(
      planDrop(doc, { on: 'branch', branchId: '/dialplan/amd/machine' }, 'hangup', 'Hang up'),
    ).toEqual({
      placement: { anchorId: '/dialplan/amd/machine', where: 'lastChild' },
      where: 'inside the machine branch of <amd>',
      reachable: true,
    });
  });

  it('is refused with a message when the branch may not hold it', () => {
    expect(() =>
      planDrop(
        POLL,
        { on: 'branch', branchId: '/dialplan/menu[1]/keypress[1]' },
        'keypress',
        '<keypress>',
      ),
    ).toThrow('<keypress> cannot go inside a <keypress> branch.');
  });

  it('on an output that is not a branch ("no match", "then") goes after the node', () => {
    const doc = parse('<dialplan name="R"><if><play>a</play></if><hangup/></dialplan>');
    expect(
      planDrop(doc, { on: 'branch', branchId: '/dialplan/if/play' }, 'play', 'Play').where,
    ).toBe('after <if>');
  });
});

describe('a palette item dropped on a node', () => {
  it('goes right after it, taking over where its branches went (issue 24)', () => {
    const plan = planDrop(
      POLL,
      { on: 'node', nodeId: '/dialplan/menu[2]' },
      'menu',
      'Poll question',
    );
    expect(plan).toEqual({
      placement: { anchorId: '/dialplan/menu[2]', where: 'after' },
      where: 'after Question_01',
      reachable: true,
      joins: 'branch 1-5 of Question_01 now leads to it',
    });
    expect(describeDrop(plan)).toBe(
      'Goes after Question_01; branch 1-5 of Question_01 now leads to it',
    );
  });

  it('after a hangup it is said to be unreachable', () => {
    const plan = planDrop(POLL, { on: 'node', nodeId: '/dialplan/hangup' }, 'play', 'Play');
    expect(plan.reachable).toBe(false);
    expect(plan.where).toBe('after Hangup — unreachable: no call carries on past it');
  });

  it('after a goto, the goto is re-pointed to it, so it is on the call', () => {
    const doc = parse(
      '<dialplan name="R"><goto>End</goto><play>x</play><hangup name="End"/></dialplan>',
    );
    expect(
      describeDrop(planDrop(doc, { on: 'node', nodeId: '/dialplan/goto' }, 'play', 'Play')),
    ).toBe('Goes after <goto>; the goto of <goto> now leads to it; it goes on to End');
  });
});

describe('a palette item dropped on empty canvas', () => {
  const doc = parse('<dialplan name="R"><amd/><menu name="Q"/><hangup/></dialplan>');
  const nodes: PlacedBox[] = [
    { id: '/dialplan/amd', position: { x: 0, y: 0 }, width: 200, height: 100 },
    { id: '/dialplan/menu', position: { x: 400, y: 0 }, width: 200, height: 100 },
    { id: '/dialplan/hangup', position: { x: 0, y: 300 }, width: 100, height: 40 },
    { id: '/dialplan/menu/keypress', position: { x: 400, y: 150 } },
  ];
  const drop = (x: number, y: number) =>
    planDrop(doc, { on: 'canvas', point: { x, y }, nodes }, 'play', 'Play');

  it('goes after the nearest top-level node whose top is above the pointer', () => {
    expect(drop(450, 160).placement).toEqual({ anchorId: '/dialplan/menu', where: 'after' });
    expect(drop(120, 180).where).toBe('after <amd>');
    expect(drop(50, 400)).toMatchObject({
      where: expect.stringMatching(/^after <hangup> — unreachable/),
    });
  });

  it('goes at the start of the call when nothing is above the pointer (never after the final hangup)', () => {
    expect(drop(-50, -50)).toEqual({
      placement: { anchorId: '/dialplan', where: 'firstChild' },
      where: 'at the start of the call',
      reachable: true,
    });
    const empty = parse('<dialplan name="R"/>');
    expect(
      planDrop(empty, { on: 'canvas', point: { x: 0, y: 0 }, nodes: [] }, 'amd', 'AMD').where,
    ).toBe('at the start of the call');
  });

  it('refuses a tag that cannot stand at the top level, saying how to place it', () => {
    expect(() =>
      planDrop(doc, { on: 'canvas', point: { x: 0, y: 0 }, nodes }, 'keypress', '<keypress>'),
    ).toThrow(/cannot stand on its own/);
  });
});

describe('an insert position in words (the keyboard path)', () => {
  it('names the anchor, the branch or the dialplan end', () => {
    expect(describePlacement(POLL, { anchorId: '/dialplan/menu[2]', where: 'after' })).toBe(
      'after Question_01',
    );
    expect(
      describePlacement(POLL, { anchorId: '/dialplan/menu[1]/keypress[2]', where: 'lastChild' }),
    ).toBe('inside branch 2 of Live');
    expect(describePlacement(POLL, { anchorId: '/dialplan', where: 'lastChild' })).toBe(
      'at the end of the dialplan',
    );
  });
});
