import { ruleTable } from '../rule-table.test-support.ts';
import { gotoLoopWithoutInput } from './goto-loop-without-input.ts';

ruleTable(
  gotoLoopWithoutInput,
  [
    // a re-prompting menu waits for the caller on every turn
    '<dialplan><menu name="M"><play type="tts">q</play><keypress pressed="default"><goto>M</goto></keypress></menu></dialplan>',
    // jumping back to a menu prompt waits for digits before the branch
    '<dialplan><menu><play name="P" type="tts">q</play><keypress pressed="1"><goto>P</goto></keypress></menu></dialplan>',
    // a catch's jump needs a caller event
    '<dialplan><catch name="C" type="hangup" goto="C"><play type="tts">x</play></catch></dialplan>',
    '<dialplan><play name="A" type="tts">x</play><record/><goto>A</goto></dialplan>',
  ],
  [
    {
      xml: '<dialplan><play name="A" type="tts">x</play>\n<goto>A</goto></dialplan>',
      lines: [2],
      message: 'never waits for the caller',
    },
    {
      xml: '<dialplan><setvar name="A" varname="n">1</setvar>\n<goto>B</goto><hangup/>\n<play name="B" type="tts">b</play>\n<goto>A</goto></dialplan>',
      lines: [2],
      message: 'gotos on line 2, line 4',
    },
    { xml: '<dialplan>\n<goto name="L">L</goto></dialplan>', lines: [2], message: 'loop' },
  ],
);
