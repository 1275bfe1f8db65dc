import { ruleTable } from '../rule-table.test-support.ts';
import { duplicateName } from './duplicate-name.ts';

ruleTable(
  duplicateName,
  ['<dialplan><play name="a" type="tts">x</play><play name="A" type="tts">x</play></dialplan>'],
  [
    {
      xml: '<dialplan><play name="a" type="tts">x</play>\n<hangup name="a"/>\n<menu name="a"/></dialplan>',
      lines: [2, 3],
      message: 'already used on line 1',
    },
  ],
);
