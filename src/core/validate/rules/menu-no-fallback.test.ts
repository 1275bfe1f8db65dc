import { ruleTable } from '../rule-table.test-support.ts';
import { menuNoFallback } from './menu-no-fallback.ts';

ruleTable(
  menuNoFallback,
  [
    '<dialplan><menu><keypress pressed="1"/><keypress pressed="Default"/></menu></dialplan>',
    '<dialplan><menu><keypress pressed="1"/><keypress pressed="timeout"/></menu></dialplan>',
  ],
  [
    {
      xml: '<dialplan>\n<menu><keypress pressed="1"/><keypress pressed="2"/></menu></dialplan>',
      lines: [2],
      message: 'no timeout or default keypress',
    },
  ],
);
