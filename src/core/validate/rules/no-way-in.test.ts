import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../../fixture-texts.test-support.ts';
import { analyseDialplan } from '../index.ts';
import { ruleTable } from '../rule-table.test-support.ts';
import { noWayIn } from './no-way-in.ts';

const QUESTION = (name: string, next?: string) =>
  `<menu name="${name}"><play type="tts">q</play>` +
  `<keypress pressed="1">${next ? `<goto>${next}</goto>` : ''}</keypress>` +
  `<keypress pressed="default"><goto>${name}</goto></keypress></menu>`;

ruleTable(
  noWayIn,
  [
    // a question that falls through to the next one, which goes on to Goodbye
    `<dialplan>${QUESTION('Q1')}\n${QUESTION('Q2', 'Goodbye')}\n<play name="Goodbye" type="tts">bye</play></dialplan>`,
    // after a menu without a default branch: a wrong key carries on after the menu
    `<dialplan><menu name="Q1"><keypress pressed="1"><goto>End</goto></keypress></menu>
      <play name="Next" type="tts">n</play><hangup name="End"/></dialplan>`,
    // named by a goto from the call
    `<dialplan>${QUESTION('Q1', 'Q3')}\n${QUESTION('Q2', 'End')}\n${QUESTION('Q3', 'Q2')}<hangup name="End"/></dialplan>`,
    // unnamed elements are not this rule's business; what unreachable reports is left to it
    `<dialplan>${QUESTION('Q1', 'End')}\n<play type="tts">x</play><goto>End</goto>\n<play name="P" type="tts">y</play><hangup name="End"/></dialplan>`,
    // nested: inside a branch, after a menu that always branches away, but the branch's goto names it
    `<dialplan><menu name="M"><keypress pressed="1">${QUESTION('In', 'Out')}<play name="Out" type="tts">o</play></keypress><keypress pressed="default"><goto>M</goto></keypress></menu></dialplan>`,
  ],
  [
    {
      // the bug of issue 24: questions added after Question_01 while it still goes to Goodbye
      xml: `<dialplan>${QUESTION('Question_01', 'Goodbye')}\n${QUESTION('Question')}\n${QUESTION('Question_2')}\n<play name="Goodbye" type="tts">bye</play></dialplan>`,
      lines: [2, 3],
      message:
        '"Question" can never run: no goto names it and no call falls through to it ("Question_01" before it always goes elsewhere)',
    },
    {
      // named only by a goto that itself is on no call
      xml: `<dialplan>${QUESTION('A', 'End')}\n<menu name="B"><keypress pressed="1"><goto>C</goto></keypress><keypress pressed="default"><goto>B</goto></keypress></menu>\n<play name="C" type="tts">c</play><hangup name="End"/></dialplan>`,
      lines: [2, 3],
      message: '<menu> "B" can never run',
    },
    {
      // inside a branch
      xml: `<dialplan><menu name="M"><keypress pressed="1">${QUESTION('In', 'End')}\n<play name="Lost" type="tts">l</play></keypress><keypress pressed="default"><goto>M</goto></keypress></menu><hangup name="End"/></dialplan>`,
      lines: [2],
      message: '<play> "Lost" can never run',
    },
  ],
);

describe('no-way-in over the corpus', () => {
  it('keeps every fixture’s verdict: none of the 52 has a named element that is on no call', () => {
    expect(FIXTURE_TEXTS).toHaveLength(52);
    const flagged = FIXTURE_TEXTS.map((text, i) => ({ i, text })).filter(({ text }) =>
      analyseDialplan(text).diagnostics.some((d) => d.ruleId === noWayIn.id),
    );
    expect(flagged.map(({ i }) => i)).toEqual([]);
  });
});
