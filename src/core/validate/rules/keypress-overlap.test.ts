import { ruleTable } from '../rule-table.test-support.ts';
import { keypressOverlap } from './keypress-overlap.ts';

ruleTable(
  keypressOverlap,
  [
    '<dialplan><menu><keypress pressed="1"/><keypress pressed="2-5"/><keypress pressed="6-9"/><keypress pressed="#"/><keypress pressed="default"/><keypress pressed="timeout"/></menu></dialplan>',
    // the same pattern in two different menus is fine
    '<dialplan><menu><keypress pressed="1"/></menu><menu><keypress pressed="1"/></menu></dialplan>',
  ],
  [
    {
      xml: '<dialplan><menu><keypress pressed="1"/>\n<keypress pressed=" 1 "/></menu></dialplan>',
      lines: [2],
      message: 'already handled by the keypress on line 1',
    },
    {
      xml: '<dialplan><menu><keypress pressed="1-5"/>\n<keypress pressed="4-9"/></menu></dialplan>',
      lines: [2],
      message: 'overlaps pressed="1-5"',
    },
    {
      xml: '<dialplan><menu><keypress pressed="2-5"/>\n<keypress pressed="3"/></menu></dialplan>',
      lines: [2],
      message: 'overlaps',
    },
    {
      xml: '<dialplan><menu><keypress pressed="default"/>\n<keypress pressed="DEFAULT"/></menu></dialplan>',
      lines: [2],
      message: 'pressed="default" is already handled',
    },
  ],
);
