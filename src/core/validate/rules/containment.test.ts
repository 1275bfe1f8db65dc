import { ruleTable } from '../rule-table.test-support.ts';
import { containment } from './containment.ts';

ruleTable(
  containment,
  [
    '<dialplan><amd><live><play type="tts">a</play></live><machine><hangup/></machine></amd></dialplan>',
    '<dialplan><if expr="1"><play type="tts">a</play><else><hangup/></else></if></dialplan>',
    '<dialplan><menu><play type="tts">a</play><keypress pressed="1"><menu><keypress pressed="2"/></menu></keypress></menu></dialplan>',
  ],
  [
    {
      xml: '<dialplan>\n<keypress pressed="1"/></dialplan>',
      lines: [2],
      message: 'move it into <menu>',
    },
    { xml: '<dialplan>\n<live/></dialplan>', lines: [2], message: 'move it into <amd>' },
    { xml: '<dialplan>\n<amd><live/></amd></dialplan>', lines: [2], message: 'has no <machine>' },
    {
      xml: '<dialplan>\n<amd><live/><live/><machine/></amd></dialplan>',
      lines: [2],
      message: 'has 2 <live> branches',
    },
    {
      xml: '<dialplan><if expr="1">\n<else/><hangup/></if></dialplan>',
      lines: [2],
      message: 'must be the last child',
    },
    { xml: '<dialplan>\n<else/></dialplan>', lines: [2], message: 'move it into <if>' },
    {
      xml: '<dialplan><play type="tts">\n<hangup/></play></dialplan>',
      lines: [2],
      message: 'holds only text',
    },
    {
      xml: '<dialplan><amd><live/><machine/>\n<play type="tts">x</play></amd></dialplan>',
      lines: [2],
      message: 'cannot stand inside <amd>',
    },
  ],
);
