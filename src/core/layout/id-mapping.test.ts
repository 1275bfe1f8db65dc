import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { mapElementIds, remapPositions, sameSkeleton } from './id-mapping.ts';

const doc = (text: string) => parseDialplan(text).document;

describe('mapElementIds', () => {
  it('follows a named element when a sibling is added before it', () => {
    const before = doc('<dialplan><play name="A">a</play><play name="B">b</play></dialplan>');
    const after = doc(
      '<dialplan><play>new</play><play name="A">a</play><play name="B">b</play></dialplan>',
    );
    const mapping = mapElementIds(before, after);
    expect(mapping.get('/dialplan/play[3]')).toBe('/dialplan/play[2]');
    expect(mapping.get('/dialplan/play[2]')).toBe('/dialplan/play[1]');
  });

  it('keeps a renamed element matched to its old self', () => {
    const before = doc('<dialplan><menu name="Old"/><hangup name="H"/></dialplan>');
    const after = doc('<dialplan><menu name="New"/><hangup name="H"/></dialplan>');
    expect(mapElementIds(before, after).get('/dialplan/menu')).toBe('/dialplan/menu');
  });

  it('moves positions with their elements and drops deleted ones', () => {
    const before = doc('<dialplan><play name="A"/><play name="B"/></dialplan>');
    const after = doc('<dialplan><play name="B"/></dialplan>');
    const positions = { '/dialplan/play[1]': { x: 1, y: 1 }, '/dialplan/play[2]': { x: 9, y: 9 } };
    expect(remapPositions(positions, mapElementIds(before, after))).toEqual({
      '/dialplan/play': { x: 9, y: 9 },
    });
  });

  it('recognises an edit that changes no element (text or attribute values only)', () => {
    const a = doc('<dialplan><play name="A">hello</play></dialplan>');
    expect(sameSkeleton(a, doc('<dialplan><play name="A">help</play></dialplan>'))).toBe(true);
    expect(sameSkeleton(a, doc('<dialplan><play name="B">hello</play></dialplan>'))).toBe(false);
    expect(sameSkeleton(a, doc('<dialplan><play name="A"/><hangup/></dialplan>'))).toBe(false);
  });
});
