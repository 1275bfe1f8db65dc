import { ruleTable } from '../rule-table.test-support.ts';
import { rootDialplan } from './root-dialplan.ts';

ruleTable(
  rootDialplan,
  ['<dialplan><hangup/></dialplan>', '<DialPlan></DialPlan>'],
  [
    {
      xml: '\n<menu><keypress pressed="1"/></menu>',
      lines: [2],
      message: 'must start with <dialplan>',
    },
  ],
);
