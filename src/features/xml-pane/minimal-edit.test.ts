import { describe, expect, it } from 'vitest';
import { minimalEdit } from './minimal-edit.ts';

describe('minimalEdit', () => {
  it('replaces only the changed middle', () => {
    expect(minimalEdit('<a>hello</a>', '<a>help</a>')).toEqual({ start: 6, end: 8, text: 'p' });
  });
  it('handles insertions of repeated characters and no change', () => {
    expect(minimalEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(minimalEdit('same', 'same')).toBeUndefined();
  });
});
