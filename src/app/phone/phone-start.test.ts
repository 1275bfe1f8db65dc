import { describe, expect, it } from 'vitest';
import { encodeShareFragment } from '../../core/index.ts';
import { phoneStartMode } from './phone-start.ts';

describe('phoneStartMode', () => {
  it('opens a share link in Test, with or without the #', () => {
    const fragment = encodeShareFragment('<dialplan name="x"><hangup/></dialplan>');
    expect(phoneStartMode(`#${fragment}`)).toBe('Test');
    expect(phoneStartMode(fragment)).toBe('Test');
  });
  it('leaves the mode alone without a share link', () => {
    expect(phoneStartMode('')).toBeUndefined();
    expect(phoneStartMode('#')).toBeUndefined();
    expect(phoneStartMode('#section-2')).toBeUndefined();
    expect(phoneStartMode('#xdialplan=abc')).toBeUndefined();
  });
});
