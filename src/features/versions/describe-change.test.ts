import { describe, expect, it } from 'vitest';
import { diffDialplanTexts } from '../../core/index.ts';
import { shownWords, WORD_PARTS_SHOWN } from './describe-change.ts';

const prompt = (words: string[]) =>
  `<dialplan><play type="tts" name="P">${words.join(' ')}</play></dialplan>`;

describe('shownWords', () => {
  it('draws a short word diff whole', () => {
    const [change] = diffDialplanTexts(prompt(['Hello', 'there']), prompt(['Hello', 'you']));
    const { parts, hidden } = shownWords(change!);
    expect(hidden).toBe(0);
    expect(parts.map((p) => `${p.op}:${p.text}`)).toEqual([
      'same:Hello',
      'removed:there',
      'added:you',
    ]);
  });

  it('cuts a word diff of thousands of parts and counts the rest', () => {
    const before = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const after = before.map((w, i) => (i % 2 === 0 ? w : `x${i}`));
    const [change] = diffDialplanTexts(prompt(before), prompt(after));
    const all = change!.words!.length;
    const { parts, hidden } = shownWords(change!);
    expect(parts).toHaveLength(WORD_PARTS_SHOWN);
    expect(hidden).toBe(all - WORD_PARTS_SHOWN);
  });
});

describe('a prompt too long to align word by word', () => {
  it('comes with the note the change list shows', () => {
    const before = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    const [change] = diffDialplanTexts(prompt(before), prompt([...before, 'more']));
    expect(change!.note).toMatch(/compared as a whole/);
    expect(shownWords(change!).hidden).toBe(0);
  });
});
