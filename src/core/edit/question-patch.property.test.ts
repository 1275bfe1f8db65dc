/**
 * The Question editor's save is exact: over every menu of the corpus and over generated polls, saving
 * the form unchanged leaves the text byte-identical, and changing one field makes the semantic diff
 * report exactly that field's change (and the menu reads back as the edited form).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { allElements, elementAtOffset, elementName } from '../ast/query.ts';
import { diffDialplans } from '../diff/diff-dialplans.ts';
import type { DialplanChange } from '../diff/types.ts';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { findElement } from './lookup.ts';
import { applyPatches } from './patch.ts';
import { writeQuestion } from './question-patch.ts';
import {
  DEFAULT_INVALID,
  isQuestionMenu,
  readQuestion,
  type QuestionAnswer,
  type QuestionModel,
} from './question-model.ts';
import { maxDigitsOf, questionXml } from './question-xml.ts';
import { parse } from './edit.test-support.ts';

interface Case {
  label: string;
  text: string;
  menuId: string;
}

function menusOf(label: string, text: string): Case[] {
  const doc = parse(text);
  return allElements(doc)
    .filter((e) => isQuestionMenu(e) && elementName(e))
    .map((e) => ({ label: `${label} ${e.id}`, text, menuId: e.id }));
}

const CORPUS: Case[] = FIXTURE_TEXTS.flatMap((text, i) => menusOf(`fixture #${i}`, text));

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,7}$/);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const answer: fc.Arbitrary<QuestionAnswer> = fc.record({
  pressed: fc.constant(''),
  value: fc.oneof(words, fc.constant('${call.lastinput}')),
});
const model: fc.Arbitrary<QuestionModel> = fc
  .record({
    prompt: words,
    voice: fc.constantFrom('female1', 'male1'),
    answers: fc.array(answer, { minLength: 1, maxLength: 4 }),
    invalid: fc.option(
      fc.record({
        message: fc.oneof(words, fc.constant('')),
        repeats: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        then: fc.constantFrom('next' as const, 'hangup' as const),
      }),
      { nil: undefined },
    ),
    next: fc.constantFrom('Goodbye', undefined),
  })
  .map((m) => ({
    ...m,
    name: 'Asked',
    varname: 'Asked',
    answers: m.answers.map((a, i) => ({ ...a, pressed: String(i + 1) })),
    invalid:
      m.invalid && (m.invalid.repeats === undefined ? { ...m.invalid, then: 'next' } : m.invalid),
    maxDigits: '1',
    timeout: '3500',
  }));

function generatedPoll(q: QuestionModel): string {
  const head = '<dialplan name="Root">\n  <goto name="Start">Asked</goto>\n';
  const tail = '\n  <play type="tts" voice="female1" name="Goodbye">Goodbye.</play>\n</dialplan>\n';
  return `${head}${questionXml(q, '  ').replace(/^/gm, '  ')}${tail}`;
}

/** The menu of a case and the form it reads as. */
function open(c: Case): { doc: DialplanDocument; menu: ElementNode; form: QuestionModel } {
  const doc = parse(c.text);
  const menu = findElement(doc, c.menuId)!;
  return { doc, menu, form: readQuestion(menu)!.question };
}

function save(c: Case, edit: (form: QuestionModel) => QuestionModel) {
  const { doc, form } = open(c);
  const edited = edit(form);
  const result = writeQuestion(doc, c.menuId, edited);
  const text = applyPatches(doc.source, result.patches);
  const after = parse(text);
  return { doc, text, after, edited, changes: diffDialplans(doc, after), result };
}

/** The one field a property changes, and what the diff must say about it. */
interface FieldEdit {
  field: string;
  applies: (form: QuestionModel) => boolean;
  edit: (form: QuestionModel, fresh: string) => QuestionModel;
  expect: (change: DialplanChange) => boolean;
}

const changedText = (tag: string) => (c: DialplanChange) =>
  c.kind === 'changed' && c.tag === tag && c.field === 'text';

const FIELD_EDITS: FieldEdit[] = [
  {
    field: 'prompt',
    applies: (f) => f.prompt !== '',
    edit: (f, fresh) => ({ ...f, prompt: `${f.prompt} ${fresh}` }),
    expect: changedText('play'),
  },
  {
    field: 'timeout',
    applies: () => true,
    edit: (f) => ({ ...f, timeout: f.timeout === '4242' ? '4343' : '4242' }),
    expect: (c) => c.tag === 'menu' && c.field?.toLowerCase() === 'attribute:timeout',
  },
  {
    field: 'maxDigits',
    applies: () => true,
    edit: (f) => ({ ...f, maxDigits: String(Number(maxDigitsOf(f)) + 1) }),
    // The attribute keeps its written spelling (`maxdigits` in one sample).
    expect: (c) => c.tag === 'menu' && c.field?.toLowerCase() === 'attribute:maxdigits',
  },
  {
    field: 'answer value',
    applies: (f) => f.answers.length > 0,
    edit: (f, fresh) => ({
      ...f,
      answers: f.answers.map((a, i) => (i === 0 ? { ...a, value: `${a.value}${fresh}` } : a)),
    }),
    // A branch that stored nothing gets its stash.
    expect: (c) => changedText('stash')(c) || (c.kind === 'added' && c.tag === 'stash'),
  },
  {
    field: 'answer key',
    applies: (f) => f.answers.length > 0 && !f.answers.some((a) => a.pressed === '#'),
    edit: (f) => ({
      ...f,
      answers: f.answers.map((a, i) => (i === 0 ? { ...a, pressed: '#' } : a)),
    }),
    expect: (c) => c.tag === 'keypress' && c.field === 'attribute:pressed',
  },
  {
    field: 'name',
    applies: () => true,
    edit: (f) => ({ ...f, name: `${f.name}_renamed` }),
    expect: (c) => c.kind === 'renamed' && c.tag === 'menu',
  },
  {
    field: 'invalid message',
    applies: (f) => (f.invalid?.message ?? '') !== '',
    edit: (f, fresh) => ({
      ...f,
      invalid: { ...f.invalid!, message: `${f.invalid!.message} ${fresh}` },
    }),
    expect: changedText('play'),
  },
  {
    field: 'repeats',
    applies: (f) => f.invalid?.repeats !== undefined,
    edit: (f) => ({ ...f, invalid: { ...f.invalid!, repeats: (f.invalid!.repeats ?? 0) + 1 } }),
    expect: (c) => c.tag === 'if' && c.field === 'attribute:expr',
  },
  {
    field: 'added answer',
    applies: (f) => f.answers.every((a) => a.pressed !== '*'),
    edit: (f, fresh) => ({ ...f, answers: [...f.answers, { pressed: '*', value: fresh }] }),
    expect: (c) => c.kind === 'added' && c.tag === 'keypress',
  },
  {
    field: 'removed answer',
    applies: (f) => f.answers.length > 1,
    edit: (f) => ({ ...f, answers: f.answers.slice(0, -1) }),
    expect: (c) => c.kind === 'removed' && c.tag === 'keypress',
  },
];

/** What the edited menu reads as, compared on the fields a form shows. */
function readsAs(text: string, name: string): QuestionModel | undefined {
  const menu = allElements(parse(text)).find((e) => e.kind === 'menu' && elementName(e) === name);
  return menu ? readQuestion(menu)?.question : undefined;
}

function checkFieldEdit(c: Case, e: FieldEdit, fresh: string): void {
  const { form } = open(c);
  if (!e.applies(form)) return;
  const { changes, text, edited, after, result } = save(c, (f) => e.edit(f, fresh));
  expect(changes, `${c.label}: ${e.field}`).toHaveLength(1);
  // The selection stays on the edited menu (the store selects the element at focusOffset + 1).
  expect(elementAtOffset(after, result.focusOffset! + 1)?.id, `${c.label}: focus`).toBe(c.menuId);
  expect(e.expect(changes[0]!), `${c.label}: ${e.field} → ${JSON.stringify(changes)}`).toBe(true);
  expect(readsAs(text, edited.name), `${c.label}: ${e.field} reads back`).toEqual(edited);
}

describe('Save question with no change', () => {
  it.each(CORPUS.map((c) => [c.label, c] as const))('is byte-identical: %s', (_, c) => {
    const { result } = save(c, (f) => f);
    expect(result.patches).toEqual([]);
  });

  it('is byte-identical on generated polls', () => {
    fc.assert(
      fc.property(model, (q) => {
        const c = menusOf('generated', generatedPoll(q))[0]!;
        expect(save(c, (f) => ({ ...f })).result.patches).toEqual([]);
      }),
    );
  });

  it('keeps every name inside Question_01 of the political poll, and reads back unchanged', () => {
    const poll = CORPUS.find(
      (c) => c.label.startsWith('fixture #0 ') && c.text.includes('Question_01'),
    );
    const c = menusOf('poll', poll!.text).find((m) => m.menuId.endsWith('menu[2]'))!;
    const { text, changes } = save(c, (f) => ({ ...f, prompt: 'Who will you vote for?' }));
    // Versions showed this prompt-only edit as 8 changes.
    expect(changes).toMatchObject([{ kind: 'changed', tag: 'play', field: 'text' }]);
    for (const name of [
      'play_Question_01',
      'Selection_Question_01',
      'stash_Candidate',
      'goto_Goodbye',
      'incorrect_Selection_Question_01',
      'play_Inorrect_Selection_Question_01',
      'replay_Question_01',
    ]) {
      expect(text).toContain(`name="${name}"`);
    }
  });
});

describe('Save question with one field changed', () => {
  for (const e of FIELD_EDITS) {
    it(`reports exactly one change for ${e.field}, over the corpus`, () => {
      for (const c of CORPUS) checkFieldEdit(c, e, 'Fresh');
    });

    it(`reports exactly one change for ${e.field}, over generated polls`, () => {
      fc.assert(
        fc.property(model, word, (q, fresh) => {
          checkFieldEdit(menusOf('generated', generatedPoll(q))[0]!, e, fresh);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('a changed varname rewrites only the stashes’ varname', () => {
    for (const c of CORPUS) {
      const { changes, form } = {
        ...save(c, (f) => ({ ...f, varname: `${f.varname}_v` })),
        ...open(c),
      };
      const stashes = form.answers.length;
      expect(changes.every((ch) => ch.tag === 'stash' && ch.field === 'attribute:varname')).toBe(
        true,
      );
      expect(changes.length).toBeLessThanOrEqual(stashes);
    }
  });

  it('a changed voice is written only on the menu’s plays', () => {
    for (const c of CORPUS) {
      const { changes, text, edited } = save(c, (f) => ({ ...f, voice: `${f.voice}x` }));
      expect(changes.length).toBeGreaterThan(0);
      expect(changes.every((ch) => ch.tag === 'play' && ch.field === 'attribute:voice')).toBe(true);
      expect(readsAs(text, edited.name)?.voice).toBe(edited.voice);
    }
  });

  it('a changed next re-points only the answers’ gotos', () => {
    fc.assert(
      fc.property(model, (q) => {
        const c = menusOf('generated', generatedPoll(q))[0]!;
        const { changes, text, edited } = save(c, (f) => ({
          ...f,
          next: f.next ? undefined : 'Start',
        }));
        const kinds = new Set(changes.map((ch) => ch.tag));
        expect([...kinds].every((t) => t === 'goto' || t === 'keypress')).toBe(true);
        expect(readsAs(text, edited.name)?.next).toBe(edited.next);
      }),
      { numRuns: 60 },
    );
  });

  it('a new default branch and a capped repeat read back as asked', () => {
    fc.assert(
      fc.property(model, fc.integer({ min: 0, max: 3 }), (q, repeats) => {
        const c = menusOf('generated', generatedPoll(q))[0]!;
        const invalid = { ...DEFAULT_INVALID, repeats };
        const { text, edited } = save(c, (f) => ({ ...f, invalid }));
        expect(readsAs(text, edited.name)).toEqual(edited);
      }),
      { numRuns: 60 },
    );
  });
});

describe('Save question with any form', () => {
  it('reads back as the form, over every question menu of the corpus', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        model,
        fc.boolean(),
        fc.boolean(),
        (pick, q, rename, storeElsewhere) => {
          const c = CORPUS[pick % CORPUS.length]!;
          const { text, edited } = save(c, (f) => ({
            ...q,
            name: rename ? `${f.name}_renamed` : f.name,
            varname: storeElsewhere ? `${f.varname}_v` : f.varname,
          }));
          const syntax = parseDialplan(text).diagnostics.filter((d) => d.ruleId.startsWith('xml-'));
          expect(syntax).toEqual([]);
          expect(readsAs(text, edited.name)).toEqual({ ...edited, maxDigits: maxDigitsOf(edited) });
        },
      ),
      { numRuns: 300 },
    );
  });
});
