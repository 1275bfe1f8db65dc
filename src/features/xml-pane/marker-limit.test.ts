import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/index.ts';
import { diagnosticsToMark, hiddenNote } from './marker-limit.ts';

const at = (offset: number, severity: Diagnostic['severity']): Diagnostic => ({
  ruleId: `rule-${offset}`,
  severity,
  message: `problem at ${offset}`,
  range: {
    start: { offset, line: 1, column: offset + 1 },
    end: { offset: offset + 1, line: 1, column: offset + 2 },
  },
});

describe('diagnosticsToMark', () => {
  it('marks every diagnostic up to the limit', () => {
    const all = [at(0, 'warning'), at(5, 'error')];
    expect(diagnosticsToMark(all, 2)).toEqual({ shown: all, hidden: 0 });
  });

  it('past the limit marks errors before warnings, keeps text order and counts the rest', () => {
    const all = [
      at(0, 'warning'),
      at(3, 'info'),
      at(5, 'error'),
      at(9, 'warning'),
      at(12, 'error'),
    ];
    const { shown, hidden } = diagnosticsToMark(all, 3);
    expect(shown.map((d) => d.range.start.offset)).toEqual([0, 5, 12]);
    expect(hidden).toBe(2);
    expect(hiddenNote(hidden, 3)).toBe(
      '2 more problems are not marked here: only the first 3, errors first, are.',
    );
  });
});
