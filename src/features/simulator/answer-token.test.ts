import { describe, expect, it } from 'vitest';
import type { InputEvent } from '../../core/index.ts';
import { answerToken } from './answer-token.ts';

const input = (digits: string, timedOut: boolean): InputEvent => ({
  type: 'input',
  digits,
  timedOut,
  path: '/dialplan/menu',
  line: 2,
});

describe('answerToken', () => {
  it('writes the collected digits, with # when # ended the entry', () => {
    expect(answerToken('1', input('1', false))).toBe('1');
    expect(answerToken('123#', input('123', false))).toBe('123#');
  });
  it('writes timeout for a menu left unanswered, and the digits when some came before it', () => {
    expect(answerToken('', input('', true))).toBe('timeout');
    expect(answerToken('12', input('12', true))).toBe('12');
  });
});
