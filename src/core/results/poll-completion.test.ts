import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { CallResultSet } from './call-set.ts';
import { completionDesign, completionOf } from './poll-completion.ts';
import { dialplanQuestions } from './dialplan-questions.ts';

const call = (id: number, final: string, answers: [string, string][]) => ({
  id,
  finalCallResult: final,
  records: [
    {
      id: 1,
      finishTime: 1,
      questionResponses: answers.map(([question, response]) => ({ question, response })),
    },
  ],
});

function completion(xml: string, items: unknown[]) {
  const doc = parseDialplan(xml).document;
  const plan = dialplanQuestions(doc);
  const set = new CallResultSet();
  set.addPage(items);
  const design = completionDesign(doc, plan);
  return { design, plan, completion: completionOf(set, plan, design) };
}

describe('completion by design (issue 26 item 2)', () => {
  const poll = readFileSync('public/examples/political-poll.xml', 'utf8');

  it('the political poll: a No ends the poll, a Yes goes on to Question_01, a Candidate ends it', () => {
    const { design, plan } = completion(poll, []);
    const shape = (value: string) => design.sites.get(plan.sites.find((s) => s.value === value)!);
    expect(shape('Yes')).toEqual({ endsPoll: false, nextMenu: 'Question_01' });
    expect(shape('No')).toEqual({ endsPoll: true, nextMenu: undefined });
    expect(shape('${call.lastinput}')).toEqual({ endsPoll: true, nextMenu: undefined });
    expect(design.firstMenu).toBe('Live');
  });

  it('counts a No as completed, a Yes without a candidate as dropped at Question_01', () => {
    const { completion: c } = completion(poll, [
      call(1, 'LA', [
        ['Vote', 'Yes'],
        ['Candidate', '1'],
      ]),
      call(2, 'LA', [['Vote', 'No']]),
      call(3, 'LA', [['Vote', 'Yes']]),
      call(4, 'LA', []),
      call(5, 'AM', [['Vote', 'No']]),
      call(6, 'LA', [['Vote', 'No']]),
    ]);
    expect(c).toEqual({ live: 5, completed: 3, droppedAt: { Question_01: 1, Live: 1 } });
  });

  it('a poll where every branch goes on: nobody completes; each drops at the next question', () => {
    const loop = `<dialplan name="Root">
  <menu name="First" maxDigits="1">
    <play type="tts">Press 1 for Yes or 2 for No.</play>
    <keypress pressed="1"><stash varname="A">Yes</stash><goto>Second</goto></keypress>
    <keypress pressed="2"><stash varname="A">No</stash><goto>Second</goto></keypress>
  </menu>
  <menu name="Second" maxDigits="1">
    <play type="tts">Press 1 to start again.</play>
    <keypress pressed="1"><stash varname="B">Again</stash><goto>First</goto></keypress>
  </menu>
</dialplan>`;
    const { completion: c } = completion(loop, [
      call(1, 'LA', [
        ['A', 'Yes'],
        ['B', 'Again'],
      ]),
      call(2, 'LA', [['A', 'No']]),
    ]);
    expect(c).toEqual({ live: 2, completed: 0, droppedAt: { First: 1, Second: 1 } });
  });
});
