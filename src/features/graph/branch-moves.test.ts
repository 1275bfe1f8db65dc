import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPatches, moveElement, parseDialplan } from '../../core/index.ts';
import { branchChoices, isInBranch, outOfBranch } from './branch-moves.ts';

const POLL = readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8');
const doc = parseDialplan(POLL).document;

describe('moving into and out of branches', () => {
  it('lists every branch by its owner, without the one the element is in', () => {
    const labels = branchChoices(doc, '/dialplan/menu[1]/keypress[1]/stash').map((c) => c.label);
    expect(labels).toContain('amd › live');
    expect(labels).toContain('menu Live › keypress 2');
    expect(labels).toContain('menu Question_01 › keypress 1-5');
    expect(labels).not.toContain('menu Live › keypress 1');
  });

  it('does not offer a branch inside the element itself', () => {
    const ids = branchChoices(doc, '/dialplan/menu[1]').map((c) => c.id);
    expect(ids.some((id) => id.startsWith('/dialplan/menu[1]/'))).toBe(false);
  });

  it('moves an element out of its branch to right after the menu', () => {
    const id = '/dialplan/menu[1]/keypress[2]/play';
    expect(isInBranch(doc, id)).toBe(true);
    expect(isInBranch(doc, '/dialplan/play[1]')).toBe(false);
    const text = applyPatches(doc.source, moveElement(doc, id, outOfBranch(doc, id)).patches);
    const moved = parseDialplan(text).document;
    expect(moved.root?.children.filter((c) => c.type === 'element')[2]).toMatchObject({
      tagName: 'play',
    });
    expect(text).toMatch(/<\/menu>\s*<play type="tts" voice="female1" name="play_Goodbye_1">/);
  });
});
