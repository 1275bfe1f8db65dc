import { ruleTable } from '../rule-table.test-support.ts';
import { requiredAttribute } from './required-attribute.ts';

ruleTable(
  requiredAttribute,
  [
    '<dialplan><menu><keypress pressed="1"><stash varname="q">1</stash></keypress></menu></dialplan>',
    '<dialplan><catch type="hangup" goto="x"/><play name="x" type="tts">Bye</play></dialplan>',
  ],
  [
    {
      xml: '<dialplan>\n<play>Hi</play></dialplan>',
      lines: [2],
      message: "needs a 'type' attribute",
    },
    { xml: '<dialplan><menu>\n<keypress/></menu></dialplan>', lines: [2], message: "'pressed'" },
    {
      xml: '<dialplan>\n<setvar>1</setvar>\n<stash>2</stash></dialplan>',
      lines: [2, 3],
      message: "'varname'",
    },
    {
      xml: '<dialplan>\n<catch type="digit" goto="a"/></dialplan>',
      lines: [2],
      message: "'value'",
    },
    { xml: '<dialplan>\n<if>x</if></dialplan>', lines: [2], message: "'expr'" },
  ],
);
