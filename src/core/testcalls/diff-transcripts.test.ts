import { describe, expect, it } from 'vitest';
import { diffLines, formatDifference } from './diff-transcripts.ts';

describe('diffLines', () => {
  it('finds nothing when the transcripts say the same', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual([]);
  });
  it('reports one changed line as one change, not a cascade', () => {
    const diff = diffLines(['a', 'b', 'c', 'd'], ['a', 'B', 'c', 'd']);
    expect(diff).toEqual([{ kind: 'changed', position: 2, expected: 'b', actual: 'B' }]);
    expect(formatDifference(diff[0]!)).toBe('line 2: expected b, got B');
  });
  it('reports lines that no longer happen and lines that are new', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'c'])).toEqual([
      { kind: 'missing', position: 2, expected: 'b' },
    ]);
    expect(diffLines(['a', 'c'], ['a', 'b', 'c'])).toEqual([
      { kind: 'unexpected', position: 1, actual: 'b' },
    ]);
    expect(formatDifference({ kind: 'unexpected', position: 1, actual: 'b' })).toBe(
      'after line 1: unexpected b',
    );
  });
  it('handles a transcript that ends early', () => {
    expect(diffLines(['a', 'b', 'c'], ['a'])).toHaveLength(2);
  });
});
