/**
 * The one-walk engine changes nothing a rule would say on its own: for any edit of the corpus, the
 * diagnostics of all rules run together are, rule by rule and in order, those of each rule run alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { mutate, randomSource, validationCorpus } from './corpus.test-support.ts';
import { hasSyntaxErrors, RULES, validateDialplan } from './index.ts';

const BASES = [...validationCorpus().fixtures, ...validationCorpus().generated.slice(0, 3)];

const editedText = fc
  .record({ base: fc.nat(BASES.length - 1), seed: fc.nat(), edits: fc.integer({ min: 0, max: 5 }) })
  .map(({ base, seed, edits }) => {
    const pick = randomSource(seed);
    let text = (BASES[base] as { text: string }).text;
    for (let k = 0; k < edits; k++) text = mutate(text, pick);
    return text;
  });

describe('the visitor engine', () => {
  it('gives every rule the diagnostics it gives alone, in rule order', () => {
    fc.assert(
      fc.property(editedText, (text) => {
        const { document, diagnostics } = parseDialplan(text);
        const elementRulesOnly = hasSyntaxErrors(diagnostics);
        const together = validateDialplan(document, { elementRulesOnly });
        const alone = RULES.flatMap((rule) =>
          validateDialplan(document, { elementRulesOnly, rules: [rule] }),
        );
        expect(together).toEqual(alone);
      }),
      { numRuns: 150 },
    );
  });
});
