import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff.ts';

describe('diffWords', () => {
  it('keeps equal texts as one part', () => {
    expect(diffWords('Press 1 for yes', 'Press  1\nfor yes')).toEqual([
      { op: 'same', text: 'Press 1 for yes' },
    ]);
  });

  it('shows a replaced word as removed then added, between kept words', () => {
    expect(diffWords('Press 1 for yes', 'Press 2 for yes')).toEqual([
      { op: 'same', text: 'Press' },
      { op: 'removed', text: '1' },
      { op: 'added', text: '2' },
      { op: 'same', text: 'for yes' },
    ]);
  });

  it('handles an empty side', () => {
    expect(diffWords('', 'Hello there')).toEqual([{ op: 'added', text: 'Hello there' }]);
    expect(diffWords('Hello there', '')).toEqual([{ op: 'removed', text: 'Hello there' }]);
  });

  it('shows very long texts as one removal and one addition instead of aligning them', () => {
    const long = (word: string) => Array.from({ length: 600 }, (_, i) => `${word}${i}`).join(' ');
    const parts = diffWords(long('a'), long('b'));
    expect(parts.map((p) => p.op)).toEqual(['removed', 'added']);
  });
});
