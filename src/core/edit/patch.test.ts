import { describe, expect, it } from 'vitest';
import { applyPatches, insertedOffset } from './patch.ts';

describe('applyPatches', () => {
  it('applies patches given in any order against the original text', () => {
    const text = 'abcdef';
    const patches = [
      { from: 4, to: 6, insert: 'XY' },
      { from: 0, to: 1, insert: '' },
      { from: 2, to: 2, insert: '-' },
    ];
    expect(applyPatches(text, patches)).toBe('b-cdXY');
  });

  it('refuses overlapping patches', () => {
    expect(() =>
      applyPatches('abcdef', [
        { from: 1, to: 4, insert: '' },
        { from: 3, to: 5, insert: '' },
      ]),
    ).toThrow(/Overlapping/);
  });

  it('tells where an inserted text lands after earlier patches', () => {
    const grow = { from: 0, to: 1, insert: 'AAA' };
    const insert = { from: 3, to: 3, insert: 'xyz' };
    const result = applyPatches('abcd', [insert, grow]);
    const at = insertedOffset([insert, grow], insert, 1);
    expect(result.slice(at)).toBe('yzd');
  });
});
