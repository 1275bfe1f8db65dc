import { ruleTable } from '../rule-table.test-support.ts';
import { gotoTarget } from './goto-target.ts';

ruleTable(
  gotoTarget,
  [
    '<dialplan><play name="A" type="tts">a</play><goto> A </goto></dialplan>',
    '<dialplan><goto>${next}</goto></dialplan>',
  ],
  [
    {
      xml: '<dialplan>\n<goto>Nowhere</goto></dialplan>',
      lines: [2],
      message: 'no element has name="Nowhere"',
    },
    { xml: '<dialplan>\n<goto> </goto></dialplan>', lines: [2], message: 'is empty' },
    // An element named "" does not make an empty goto a jump to it.
    {
      xml: '<dialplan><play name="" type="tts">x</play>\n<goto> </goto></dialplan>',
      lines: [2],
      message: 'is empty',
    },
    {
      xml: '<dialplan><play name="a" type="tts">x</play>\n<goto>A</goto></dialplan>',
      lines: [2],
      message: "jumps to 'A'",
    },
    {
      xml: '<dialplan><play name="Machine" type="tts">x</play>\n<goto>Mahcine</goto></dialplan>',
      lines: [2],
      message: 'add the target (did you mean Machine?)',
    },
  ],
);
