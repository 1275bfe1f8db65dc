/**
 * The ordinals the parser records must be exactly what a walk over its tree finds, on every fixture and
 * on damaged text (unclosed, stray and misnested tags exercise the parser's recovery paths).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damaged, FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { buildElementIndex, elementIndexOf } from './element-index.ts';
import { childElements } from './query.ts';

const FIXTURES = FIXTURE_TEXTS;

function expectRecordedMatchesWalk(text: string): void {
  const { document } = parseDialplan(text);
  const recorded = elementIndexOf(document);
  const walked = buildElementIndex(document);
  expect(recorded.elements).toEqual(walked.elements);
  expect(recorded.elements.every((e, i) => e === walked.elements[i])).toBe(true);
  expect(Array.from(recorded.parent)).toEqual(Array.from(walked.parent));
  expect(Array.from(recorded.index)).toEqual(Array.from(walked.index));
  expect(Array.from(recorded.kidStart)).toEqual(Array.from(walked.kidStart));
  expect(Array.from(recorded.kidList)).toEqual(Array.from(walked.kidList));
  // and the child lists are the elements' own child elements, in order
  recorded.elements.forEach((element, o) => {
    const kids = Array.from(
      recorded.kidList.subarray(recorded.kidStart[o], recorded.kidStart[o + 1]),
    );
    expect(kids.map((k) => recorded.elements[k])).toEqual(childElements(element));
  });
}

describe('element index recorded by the parser', () => {
  it('matches a walk over the tree on every fixture', () => {
    for (const text of FIXTURES) expectRecordedMatchesWalk(text);
  });

  it('matches on misnested, unclosed and duplicate-named elements', () => {
    expectRecordedMatchesWalk(
      '<dialplan name="a"><menu name="m"><play>x</menu><menu NAME="m"><keypress pressed="1"/>' +
        '</dialplan><stray name="m"/><b><c></b>',
    );
  });

  it('matches on fixtures with random cuts and insertions', () => {
    const pieces = fc.constantFrom('<', '</', '/>', '<menu name="x">', '</menu>', '<a><b>', '"');
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.nat(),
        fc.nat(300),
        pieces,
        (text, at, cut, piece) => {
          expectRecordedMatchesWalk(damaged(text, at, cut, piece));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is hidden from JSON and deep equality of the document', () => {
    const { document } = parseDialplan('<dialplan><hangup/></dialplan>');
    expect(Object.keys(document)).toEqual(['type', 'children', 'root', 'source']);
    expect(JSON.stringify(document)).not.toContain('elementIndex');
  });
});
