import { describe, expect, it } from 'vitest';
import { indexElements } from '../ast/query.ts';
import { runScriptedCall } from '../simulate/script.ts';
import { validateDialplan } from '../validate/index.ts';
import { pollQuestionXml, takenQuestionNames } from './blocks.ts';
import { paletteSnippet } from './catalog.ts';
import { insertSnippet } from './insert.ts';
import { findElement } from './lookup.ts';
import {
  DEFAULT_INVALID,
  isQuestionMenu,
  readQuestion,
  type QuestionModel,
} from './question-model.ts';
import { writeQuestion } from './question-patch.ts';
import { promptFromAnswers, questionXml } from './question-xml.ts';
import { renameElement } from './rename.ts';
import { edited, parse, readFixture } from './edit.test-support.ts';

const VOTE: QuestionModel = {
  name: 'Vote',
  prompt: 'Will you vote? Press 1 for Yes, press 2 for No.',
  voice: 'female1',
  varname: 'Vote',
  answers: [
    { pressed: '1', value: 'Yes' },
    { pressed: '2', value: 'No' },
  ],
  invalid: DEFAULT_INVALID,
  next: 'Candidate',
  maxDigits: '1',
  timeout: '3500',
};
const CANDIDATE: QuestionModel = {
  ...VOTE,
  name: 'Candidate',
  prompt: 'Who will you vote for? Press 1 to 5.',
  varname: 'Candidate',
  answers: [{ pressed: '1-5', value: '${call.lastinput}' }],
  invalid: { message: 'Sorry, I did not get that.', repeats: 2, then: 'hangup' },
  next: 'Goodbye',
};

function pollWith(...questions: QuestionModel[]): string {
  return [
    '<dialplan name="Root">',
    ...questions.map((q) => questionXml(q, '  ')),
    '<play type="tts" voice="female1" name="Goodbye">Goodbye.</play>',
    '</dialplan>',
  ].join('\n');
}

function readBack(text: string, name: string) {
  const menu = indexElements(parse(text)).byName.get(name);
  return menu ? readQuestion(menu) : undefined;
}

describe('question model', () => {
  it.each([
    ['repeat until answered', VOTE],
    ['a capped repeat that hangs up', CANDIDATE],
    ['a capped repeat that goes on', { ...CANDIDATE, invalid: { ...DEFAULT_INVALID, repeats: 0 } }],
    ['no default branch, no next', { ...VOTE, invalid: undefined, next: undefined }],
    ['names and values that need escaping', { ...VOTE, prompt: 'A & B <or> C?', varname: 'a"b' }],
  ])('reads back what it writes: %s', (_, question) => {
    expect(readBack(pollWith(question), question.name)).toEqual({ question, notes: [] });
  });

  it('reads the seed’s questions, noting what the form cannot show', () => {
    const text = readFixture('political-poll.xml');
    const live = readBack(text, 'Live')!;
    expect(live.question).toMatchObject({ name: 'Live', varname: 'Vote', next: 'Question_01' });
    expect(live.question.answers).toEqual([
      { pressed: '1', value: 'Yes' },
      { pressed: '2', value: 'No' },
    ]);
    expect(live.question.invalid).toEqual({
      message: 'That is not a valid selection. Please try again.',
      repeats: undefined,
      then: 'next',
    });
    expect(live.notes).toEqual([
      'The branch for 2 does more than store the answer and go on.',
      'The answers go on to different places.',
    ]);
    expect(readBack(text, 'Question_01')).toMatchObject({
      question: { answers: [{ pressed: '1-5', value: '${call.lastinput}' }], next: 'Goodbye' },
      notes: [],
    });
  });

  it('tells a question menu from a plain menu', () => {
    const doc = parse(
      '<dialplan><menu><play type="tts">x</play><keypress pressed="1"/></menu></dialplan>',
    );
    expect(isQuestionMenu(findElement(doc, '/dialplan/menu')!)).toBe(false);
    const poll = parse(readFixture('political-poll.xml'));
    expect(isQuestionMenu(indexElements(poll).byName.get('Live')!)).toBe(true);
  });

  it('generates the prompt from the answers, keeping the question', () => {
    expect(promptFromAnswers('Will you vote?', VOTE.answers)).toBe(
      'Will you vote? Press 1 for Yes, press 2 for No.',
    );
    expect(
      promptFromAnswers('Will you vote? Press 1 for Yes.', [{ pressed: '1-5', value: 'x' }]),
    ).toBe('Will you vote? Press 1 to 5.');
  });
});

describe('the written XML, simulated', () => {
  const text = pollWith(VOTE, CANDIDATE);

  it('validates with no errors and stores each answer under its question', () => {
    const errors = validateDialplan(parse(text)).filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    const call = runScriptedCall(parse(text), {}, ['1', '3']);
    expect(call.questionResponses).toEqual([
      { question: 'Vote', response: 'Yes' },
      { question: 'Candidate', response: '3' },
    ]);
  });

  it('repeats a capped question up to its cap, then does what was asked', () => {
    const call = runScriptedCall(parse(text), {}, ['1', '9', 'timeout', '7']);
    const said = call.events.filter((e) => e.type === 'play').length;
    // Vote, Candidate, then twice "Sorry" + the repeated prompt; the third wrong answer hangs up.
    expect(said).toBe(6);
    expect(call.end.reason).toBe('hangup');
    expect(call.questionResponses).toEqual([{ question: 'Vote', response: 'Yes' }]);
  });
});

describe('writeQuestion', () => {
  it('rewrites only that menu, and the gotos elsewhere follow a rename', () => {
    const text = pollWith(VOTE, CANDIDATE);
    const doc = parse(text);
    const id = indexElements(doc).byName.get('Candidate')!.id;
    const out = edited(doc, writeQuestion(doc, id, { ...CANDIDATE, name: 'Who' }).patches);
    const voteEnd = text.indexOf('</menu>') + '</menu>'.length;
    expect(out.startsWith(text.slice(0, voteEnd).replaceAll('>Candidate<', '>Who<'))).toBe(true);
    expect(out.endsWith(text.slice(text.lastIndexOf('</menu>') + 7))).toBe(true);
    expect(readBack(out, 'Who')?.question.name).toBe('Who');
  });

  it('refuses a question without answers or name', () => {
    const doc = parse(pollWith(VOTE));
    expect(() => writeQuestion(doc, '/dialplan/menu', { ...VOTE, answers: [] })).toThrow(/answer/);
    expect(() => writeQuestion(doc, '/dialplan/menu', { ...VOTE, name: ' ' })).toThrow(/name/);
  });
});

describe('Poll question block names', () => {
  it('stores each new block under its own name, even when a question was renamed', () => {
    let doc = parse('<dialplan>\n  <hangup/>\n</dialplan>');
    const add = () => {
      const snippet = paletteSnippet(doc, 'block:poll-question');
      const at = { anchorId: '/dialplan', where: 'lastChild' } as const;
      doc = parse(edited(doc, insertSnippet(doc, snippet, at).patches));
    };
    add();
    doc = parse(edited(doc, renameElement(doc, '/dialplan/menu', 'Vote')));
    add();
    const varnames = ['Vote', 'Question'].map(
      (n) => readQuestion(indexElements(doc).byName.get(n)!)?.question.varname,
    );
    expect(varnames).toEqual(['Vote', 'Question']);
  });

  it('renaming a question renames the stash only where it is the derived default', () => {
    const doc = parse(`<dialplan>\n${pollQuestionXml(new Set(), { name: 'Q' })}\n</dialplan>`);
    const renamed = parse(edited(doc, renameElement(doc, '/dialplan/menu', 'Age group')));
    expect(readQuestion(renamed.root!.children.find((c) => c.type === 'element')!)).toMatchObject({
      question: { name: 'Age group', varname: 'Age_group' },
    });
    const custom = parse(
      edited(
        doc,
        writeQuestion(doc, '/dialplan/menu', { ...VOTE, name: 'Q', varname: 'Mine' }).patches,
      ),
    );
    const kept = parse(edited(custom, renameElement(custom, '/dialplan/menu', 'R')));
    expect(readBack(kept.source, 'R')?.question.varname).toBe('Mine');
  });

  it('takes stash names as taken names', () => {
    const doc = parse(
      '<dialplan><menu><keypress pressed="1"><stash varname="Question">x</stash></keypress></menu></dialplan>',
    );
    expect(takenQuestionNames(doc).has('Question')).toBe(true);
  });
});
