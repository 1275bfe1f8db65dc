import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WordPart } from './types.ts';
import { compareWords, diffWords } from './word-diff.ts';

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

/** The old text is the kept and removed words in order; the new text the kept and added ones. */
function sides(parts: readonly WordPart[]): { before: string; after: string } {
  const pick = (op: WordPart['op']) =>
    parts
      .filter((p) => p.op === 'same' || p.op === op)
      .map((p) => p.text)
      .join(' ');
  return { before: pick('removed'), after: pick('added') };
}

describe('compareWords on prompts of any size', () => {
  it('aligns a prompt going from 1 word to 200,000 without overflowing the stack', () => {
    const long = Array.from({ length: 200_000 }, (_, i) => `w${i}`).join(' ');
    const result = compareWords('w7', long);
    expect(result.whole).toBe(false);
    expect(sides(result.words)).toEqual({ before: 'w7', after: long });
    expect(result.words.map((p) => p.op)).toEqual(['added', 'same', 'added']);
  });

  it('compares texts above the pair limit as a whole, and says so', () => {
    const a = Array.from({ length: 1_000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 300_000 }, (_, i) => `b${i % 7}`).join(' ');
    const result = compareWords(a, b);
    expect(result).toMatchObject({ whole: true, beforeWords: 1_000, afterWords: 300_000 });
    expect(sides(result.words)).toEqual({ before: a, after: b });
  });

  it('for every pair of word lists: the parts give back both texts, adjacent parts differ', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'Press', '1', '__proto__', 'constructor');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { words } = compareWords(a, b);
        expect(sides(words)).toEqual({ before: a, after: b });
        words.forEach((p, i) => expect(p.op).not.toBe(words[i - 1]?.op));
      }),
    );
  });
});
