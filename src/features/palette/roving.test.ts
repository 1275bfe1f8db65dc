import { describe, expect, it } from 'vitest';
import { rovingIndex } from './Palette.tsx';

describe('rovingIndex', () => {
  it('moves by one with the arrows, stops at the ends, jumps with Home/End', () => {
    expect(rovingIndex('ArrowDown', 0, 3)).toBe(1);
    expect(rovingIndex('ArrowRight', 2, 3)).toBe(2);
    expect(rovingIndex('ArrowUp', 0, 3)).toBe(0);
    expect(rovingIndex('ArrowLeft', 2, 3)).toBe(1);
    expect(rovingIndex('Home', 2, 3)).toBe(0);
    expect(rovingIndex('End', 0, 3)).toBe(2);
    expect(rovingIndex('Enter', 1, 3)).toBeUndefined();
  });
});
