import { ruleTable } from '../rule-table.test-support.ts';
import { duplicateAnswerName } from './duplicate-answer-name.ts';

const question = (name: string, varname: string) =>
  `<menu name="${name}"><play type="tts">?</play><keypress pressed="1"><stash varname="${varname}">Yes</stash></keypress><keypress pressed="2"><stash varname="${varname}">No</stash></keypress></menu>`;

ruleTable(
  duplicateAnswerName,
  [
    `<dialplan>${question('A', 'A')}${question('B', 'B')}</dialplan>`,
    // one question's branches share its name: that is the point
    `<dialplan>${question('A', 'Vote')}</dialplan>`,
    // a name built from a variable is not known before the call
    `<dialplan>${question('A', 'q${n}')}${question('B', 'q${n}')}</dialplan>`,
    // a stash outside any menu is not a question
    `<dialplan>${question('A', 'A')}<stash varname="A">done</stash></dialplan>`,
  ],
  [
    {
      xml: `<dialplan>${question('A', 'Question')}\n${question('B', 'Question')}\n${question('C', 'Question')}</dialplan>`,
      lines: [2, 3],
      message: "The question on line 1 also stores its answers under 'Question'",
    },
  ],
);
