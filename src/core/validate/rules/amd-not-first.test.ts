import { ruleTable } from '../rule-table.test-support.ts';
import { amdNotFirst } from './amd-not-first.ts';

ruleTable(
  amdNotFirst,
  ['<dialplan><!-- c --><amd><live/><machine/></amd><hangup/></dialplan>'],
  [
    {
      xml: '<dialplan><play type="tts">Hi</play>\n<amd><live/><machine/></amd></dialplan>',
      lines: [2],
      message: 'not the first element',
    },
  ],
);
