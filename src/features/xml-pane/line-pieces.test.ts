import { describe, expect, it } from 'vitest';
import { linePieces } from './line-pieces.ts';

describe('linePieces', () => {
  it('cuts after every n-th line end and keeps every character', () => {
    const text = 'a\nb\r\nc\nd\ne';
    expect(linePieces(text, 2)).toEqual(['a\nb\r\n', 'c\nd\n', 'e']);
    expect(linePieces(text, 2).join('')).toBe(text);
  });

  it('gives one piece for a short text, and one empty piece for an empty one', () => {
    expect(linePieces('<dialplan/>\n', 1000)).toEqual(['<dialplan/>\n']);
    expect(linePieces('', 1000)).toEqual(['']);
  });

  it('ends a piece at a line end when the text ends with one', () => {
    expect(linePieces('a\nb\n', 1)).toEqual(['a\n', 'b\n']);
  });
});
