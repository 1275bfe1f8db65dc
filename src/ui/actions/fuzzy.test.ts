import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyScore, rankByLabel } from './fuzzy.ts';

// labels as the registry writes them: no surrounding spaces
const label = fc
  .string({ minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '' && s === s.trim());

describe('fuzzyScore', () => {
  it('finds every label by its own exact text, ranked first among labels that are not the same', () => {
    fc.assert(
      fc.property(label, fc.array(label, { maxLength: 10 }), (own, others) => {
        expect(fuzzyScore(own, own)).toBeDefined();
        const ranked = rankByLabel([...others, own], own, (l) => l);
        // only another label equal to it (ignoring case and spaces) can come before it
        const first = ranked[0] ?? '';
        expect(
          first.toLowerCase() === own.toLowerCase() ||
            first.trim().toLowerCase() === own.trim().toLowerCase(),
        ).toBe(true);
      }),
    );
  });

  it('ranks a prefix match above a match further in', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,6}$/),
        fc.stringMatching(/^[a-z]{1,10}$/),
        fc.stringMatching(/^[a-z]{1,10}$/),
        (query, tail, head) => {
          const prefixed = query + tail;
          const inner = `${head} ${query}${tail}`;
          const ranked = rankByLabel([inner, prefixed], query, (l) => l);
          expect(ranked[0]).toBe(prefixed);
        },
      ),
    );
  });

  it('finds letters in order only', () => {
    expect(fuzzyScore('pq', 'Poll question')).toBeDefined();
    expect(fuzzyScore('qp', 'Poll question')).toBeUndefined();
  });
});
