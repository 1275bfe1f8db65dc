import { describe, expect, it } from 'vitest';
import { estimatePromptMs, splitIntoChunks } from './prompt-text.ts';

const LIVE_PROMPT =
  'Hello. This is a call for a short political poll for the upcoming election. Will you vote in the ' +
  'upcoming election? Press 1 for Yes, or 2 for No..';

describe('splitIntoChunks', () => {
  it('keeps a short prompt whole', () => {
    expect(splitIntoChunks('Thank you for your time. Goodbye.')).toEqual([
      'Thank you for your time. Goodbye.',
    ]);
  });
  it('cuts a long prompt at sentence ends, losing no word', () => {
    const chunks = splitIntoChunks(LIVE_PROMPT, 80);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(80);
    expect(chunks[0]).toBe(
      'Hello. This is a call for a short political poll for the upcoming election.',
    );
    expect(chunks.join(' ')).toBe(LIVE_PROMPT);
  });
  it('cuts a text with no punctuation at a space, and a word longer than the limit anywhere', () => {
    expect(splitIntoChunks('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(splitIntoChunks('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('estimatePromptMs', () => {
  it('grows with the text, halves at 2x, and is zero when instant', () => {
    const oneX = estimatePromptMs(LIVE_PROMPT, 1);
    expect(oneX).toBeGreaterThan(estimatePromptMs('Goodbye.', 1));
    expect(estimatePromptMs(LIVE_PROMPT, 2)).toBe(Math.round(oneX / 2));
    expect(estimatePromptMs(LIVE_PROMPT, 'instant')).toBe(0);
  });
  it('gives even a one-word prompt time to be read', () => {
    expect(estimatePromptMs('Hi', 1)).toBeGreaterThanOrEqual(600);
  });
});
