import { ruleTable } from '../rule-table.test-support.ts';
import { unknownAttribute } from './unknown-attribute.ts';

ruleTable(
  unknownAttribute,
  ['<dialplan><menu maxdigits="1" TIMEOUT="3"><keypress pressed="1"/></menu></dialplan>'],
  [
    {
      xml: '<dialplan>\n<play type="tts" colour="red" volume="3">Hi</play></dialplan>',
      lines: [2, 2],
      message: "no attribute 'colour'",
    },
  ],
);
