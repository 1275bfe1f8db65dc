import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { dialplanQuestions, questionMismatches } from './dialplan-questions.ts';
import { overlayOf } from './overlay.ts';

const poll = parseDialplan(readFileSync('public/examples/political-poll.xml', 'utf8')).document;
const plan = dialplanQuestions(poll);

describe('questions of the political poll', () => {
  it('finds each stash, its branch, its menu and where the branch goes', () => {
    expect(plan.order).toEqual(['Vote', 'Candidate']);
    expect(plan.sites).toEqual([
      {
        id: '/dialplan/menu[1]/keypress[1]/stash',
        question: 'Vote',
        value: 'Yes',
        literal: true,
        branchId: '/dialplan/menu[1]/keypress[1]',
        menuId: '/dialplan/menu[1]',
        gotoTarget: 'Question_01',
      },
      {
        id: '/dialplan/menu[1]/keypress[2]/stash',
        question: 'Vote',
        value: 'No',
        literal: true,
        branchId: '/dialplan/menu[1]/keypress[2]',
        menuId: '/dialplan/menu[1]',
        gotoTarget: 'Hangup',
      },
      {
        id: '/dialplan/menu[2]/keypress[1]/stash',
        question: 'Candidate',
        value: '${call.lastinput}',
        literal: false,
        branchId: '/dialplan/menu[2]/keypress[1]',
        menuId: '/dialplan/menu[2]',
        gotoTarget: 'Goodbye',
      },
    ]);
    expect(plan.menus).toEqual([
      { id: '/dialplan/menu[1]', name: 'Live', questions: ['Vote'] },
      { id: '/dialplan/menu[2]', name: 'Question_01', questions: ['Candidate'] },
    ]);
  });

  it('reports a question the dialplan lacks and a stash nobody answered', () => {
    const { unknownQuestions, unansweredStashes } = questionMismatches(plan, ['Vote', 'Zip']);
    expect(unknownQuestions).toEqual(['Zip']);
    expect(unansweredStashes.map((s) => s.id)).toEqual(['/dialplan/menu[2]/keypress[1]/stash']);
  });
});

describe('graph overlay', () => {
  // The hand-counted fixture pages: 7 live answers, Vote Yes 6 / No 1, Candidate 1:3 2:1 3:1.
  const overlay = overlayOf(plan, {
    liveAnswers: 7,
    questions: { Vote: { Yes: 6, No: 1 }, Candidate: { '1': 3, '2': 1, '3': 1 } },
  });

  it('puts each stashing branch’s count and share on the branch', () => {
    expect(overlay['/dialplan/menu[1]/keypress[1]']).toEqual({
      kind: 'branch',
      count: 6,
      share: 6 / 7,
      question: 'Vote',
      value: 'Yes',
    });
    expect(overlay['/dialplan/menu[1]/keypress[2]']).toMatchObject({ count: 1 });
    // `${call.lastinput}` stands for every Candidate answer.
    expect(overlay['/dialplan/menu[2]/keypress[1]']).toMatchObject({ count: 5, share: 1 });
  });

  it('counts calls reaching each menu and leaving it unanswered', () => {
    expect(overlay['/dialplan/menu[1]']).toEqual({
      kind: 'menu',
      reached: 7,
      answered: 7,
      dropOff: 0,
    });
    // Question_01 is reached by the 6 "Yes" calls (kp_Vote jumps there); 5 answered.
    expect(overlay['/dialplan/menu[2]']).toEqual({
      kind: 'menu',
      reached: 6,
      answered: 5,
      dropOff: 1,
    });
  });

  it('leaves a literal value nobody gave at zero', () => {
    const none = overlayOf(plan, { liveAnswers: 2, questions: { Vote: { Maybe: 2 } } });
    expect(none['/dialplan/menu[1]/keypress[1]']).toMatchObject({ count: 0, share: 0 });
  });
});
