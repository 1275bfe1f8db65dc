import { describe, expect, it } from 'vitest';
import { DEFAULT_INVALID, parseDialplan, type QuestionModel } from '../../../core/index.ts';
import { draftProblems, nextAnswer, otherVarnames, withName } from './question-draft.ts';

const Q: QuestionModel = {
  name: 'Vote',
  prompt: 'Will you vote?',
  voice: 'female1',
  varname: 'Vote',
  answers: [{ pressed: '1', value: 'Yes' }],
  invalid: DEFAULT_INVALID,
  next: undefined,
  maxDigits: '1',
  timeout: '3500',
};

describe('question draft', () => {
  it('renaming carries the stored-under name only while it is the default', () => {
    expect(withName(Q, 'Age group')).toMatchObject({ name: 'Age group', varname: 'Age_group' });
    expect(withName({ ...Q, varname: 'Mine' }, 'Age')).toMatchObject({ varname: 'Mine' });
  });

  it('adds the next key', () => {
    expect(nextAnswer([{ pressed: '1-5', value: '' }])).toEqual({ pressed: '6', value: '' });
    expect(nextAnswer([])).toEqual({ pressed: '1', value: '' });
  });

  it('says what stops a save', () => {
    expect(draftProblems(Q, new Set())).toEqual([]);
    const bad = {
      ...Q,
      name: '',
      answers: [
        { pressed: 'x', value: '' },
        { pressed: 'x', value: '' },
      ],
    };
    expect(draftProblems(bad, new Set())).toEqual([
      'The question needs a name.',
      'Answer 1: a key (1), keys (12) or a range (1-5).',
      'Answer 2: a key (1), keys (12) or a range (1-5).',
      'Two answers use the same key.',
    ]);
    expect(draftProblems(Q, new Set(['Vote']))).toEqual(['Another element is named Vote.']);
  });

  it('lists what the other questions store under', () => {
    const doc = parseDialplan(
      '<dialplan><menu name="A"><keypress pressed="1"><stash varname="A">x</stash></keypress></menu><menu name="B"><keypress pressed="1"><stash varname="B">x</stash></keypress></menu></dialplan>',
    ).document;
    expect([...otherVarnames(doc, '/dialplan/menu[1]')]).toEqual(['B']);
  });
});
