import { ruleTable } from '../rule-table.test-support.ts';
import { catchTarget } from './catch-target.ts';

ruleTable(
  catchTarget,
  [
    '<dialplan><catch type="hangup" goto="bye"><play type="tts">x</play></catch><hangup name="bye"/></dialplan>',
  ],
  [
    {
      xml: '<dialplan>\n<catch type="hangup" goto="bye"/></dialplan>',
      lines: [2],
      message: "jumps to 'bye'",
    },
    {
      xml: '<dialplan>\n<catch type="hangup" goto="Goodby"/><hangup name="Goodbye"/></dialplan>',
      lines: [2],
      message: 'add the target (did you mean Goodbye?)',
    },
  ],
);
