import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from './nearest.ts';

describe('nearestName', () => {
  it.each([
    ['Machin', ['Live', 'Machine'], 'Machine'],
    ['machine', ['Live', 'Machine'], 'Machine'],
    ['Mahcine', ['Live', 'Machine'], 'Machine'],
    ['--amdd', ['--amd', '--input'], '--amd'],
    ['--inptu', ['--amd', '--input'], '--input'],
    ['Goodby', ['Goodbye', 'Question_01'], 'Goodbye'],
  ])('%s among %j is %s', (word, names, expected) => {
    expect(nearestName(word, names)).toBe(expected);
  });

  it('offers nothing when no name is close', () => {
    expect(nearestName('Nowhere', ['Live', 'Machine'])).toBeUndefined();
    expect(nearestName('--loud', ['--amd', '--input', '--inbound'])).toBeUndefined();
    expect(nearestName('A', [])).toBeUndefined();
  });

  it('the distance is a metric-like count: zero only for equal words, symmetric, at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, 2)).toBe(Math.min(d, 2));
      }),
    );
  });
});
