import { ruleTable } from '../rule-table.test-support.ts';
import { unreachable } from './unreachable.ts';

ruleTable(
  unreachable,
  [
    // reached by fall-through, branches, gotos, catch gotos, else and amd branches
    `<dialplan><amd><live><goto>Q</goto></live><machine><goto>VM</goto></machine></amd>
      <menu name="Q"><play type="tts">q</play><keypress pressed="1"><goto>End</goto></keypress></menu>
      <if expr="1"><play type="tts">a</play><else><play type="tts">b</play></else></if>
      <catch type="hangup" goto="H"><play type="tts">c</play></catch>
      <play name="End" type="tts">e</play><hangup/>
      <play name="VM" type="tts">vm</play><hangup/>
      <hangup name="H"/></dialplan>`,
  ],
  [
    {
      xml: '<dialplan><goto>B</goto>\n<play type="tts">skipped</play>\n<hangup name="B"/>\n<play type="tts">after hangup</play></dialplan>',
      lines: [2, 4],
      message: 'can never run',
    },
    {
      xml: '<dialplan><menu><keypress pressed="1"><goto>X</goto>\n<play type="tts">dead</play></keypress></menu><hangup name="X"/></dialplan>',
      lines: [2],
      message: 'no path from the start',
    },
  ],
);
