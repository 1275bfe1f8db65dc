import { ruleTable } from '../rule-table.test-support.ts';
import { unknownTag } from './unknown-tag.ts';

ruleTable(
  unknownTag,
  ['<dialplan><Play type="tts">Hi</Play><NOTEQUAL var="a" expr="b"/></dialplan>'],
  [
    {
      xml: '<dialplan>\n<paly type="tts">Hi</paly></dialplan>',
      lines: [2],
      message: '<paly> is not a CallFire XML tag',
    },
  ],
);
