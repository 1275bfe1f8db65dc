/**
 * Answer labels written in the dialplan (issue 26 item 1): over every keypress of the corpus and
 * generated polls that stores a literal answer, any label the person types reads back as the words
 * Results shows, the edit touches only the label's line, the file still parses and means the same to a
 * call, and clearing the label gives back the text it started from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allElements, attrValue, childElements, textContent } from '../ast/query.ts';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { answerLabels } from '../results/answer-labels.ts';
import { cleanLabel } from '../results/label-comment.ts';
import { setAnswerLabel } from './answer-label.ts';
import { applyPatches } from './patch.ts';
import { readQuestion } from './question-model.ts';
import { writeQuestion } from './question-patch.ts';
import { edited, parse, shape } from './edit.test-support.ts';

interface Site {
  text: string;
  keypressId: string;
  question: string;
  value: string;
}

/** Keypresses that store a literal answer directly (the ones a label names). */
function sitesOf(text: string): Site[] {
  const doc = parse(text);
  return allElements(doc).flatMap((keypress): Site[] => {
    if (keypress.kind !== 'keypress') return [];
    const stash = childElements(keypress).find((c) => c.kind === 'stash');
    const question = stash && attrValue(stash, 'varname');
    const value = stash && textContent(stash).trim();
    if (!question || !value || value.includes('${')) return [];
    return [{ text, keypressId: keypress.id, question, value }];
  });
}

const SITES = FIXTURE_TEXTS.flatMap(sitesOf);
/** The tree as a call sees it (shape() leaves comments out). */
const callShape = (text: string) => JSON.stringify(shape(parse(text).children));

const label = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Donkeys', 'Yes -- please', 'a\nb', '  spaced  ', 'ends-', '<b>&amp;', '-->'),
);

describe('answer labels written in the dialplan', () => {
  it('has keypresses to label in the corpus', () => {
    expect(SITES.length).toBeGreaterThan(5);
  });

  it('reads back any typed label, touches only its line, and clears back to the original text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SITES), label, label, (site, first, second) => {
        const doc = parse(site.text);
        const once = edited(doc, setAnswerLabel(doc, site.keypressId, first).patches);
        const words = cleanLabel(first);
        if (words !== '') {
          expect(answerLabels(parse(once))[site.question]?.[site.value]).toBe(words);
          // One inserted line or one changed comment: the rest of the text is where it was.
          expect(once.length - site.text.length).toBeLessThan(words.length + 80);
        } else expect(once).toBe(site.text);
        // Comments change nothing a call does.
        expect(callShape(once)).toBe(callShape(site.text));
        // Relabel, then clear: back to the text it started from.
        const doc2 = parse(once);
        const twice = edited(doc2, setAnswerLabel(doc2, site.keypressId, second).patches);
        const doc3 = parse(twice);
        expect(edited(doc3, setAnswerLabel(doc3, site.keypressId, '').patches)).toBe(site.text);
      }),
      { numRuns: 400 },
    );
  });

  it('survives a round-trip through the Question editor: typed on an answer, saved, read again', () => {
    const menus = FIXTURE_TEXTS.flatMap((text) =>
      allElements(parse(text))
        .filter(
          (e) =>
            e.kind === 'menu' &&
            attrValue(e, 'name') !== undefined &&
            readQuestion(e)?.question.answers.some(
              (a) => !a.value.includes('${') && a.value !== '',
            ),
        )
        .map((e) => ({ text, menuId: e.id })),
    );
    expect(menus.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.constantFrom(...menus), fc.nat(), label, ({ text, menuId }, pick, typed) => {
        const doc = parse(text);
        const menu = allElements(doc).find((e) => e.id === menuId)!;
        const q = readQuestion(menu)!.question;
        const i = pick % q.answers.length;
        const answers = q.answers.map((a, k) => (k === i ? { ...a, label: typed } : a));
        const saved = applyPatches(text, writeQuestion(doc, menuId, { ...q, answers }).patches);
        const again = readQuestion(
          allElements(parse(saved)).find((e) => e.id === menuId)!,
        )!.question;
        const words = cleanLabel(typed);
        expect(again.answers[i]?.label ?? '').toBe(words);
        const value = q.answers[i]?.value ?? '';
        if (words !== '' && !value.includes('${') && value !== '') {
          // Under the question the branch stores (a menu may store answers under several names).
          const labels = Object.values(answerLabels(parse(saved)));
          expect(labels.some((byValue) => byValue[value] === words)).toBe(true);
        }
        // Saving what it now reads as writes nothing.
        const doc2 = parse(saved);
        expect(writeQuestion(doc2, menuId, again).patches).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
