import { expect, it } from 'vitest';
import { ruleTable, runRule } from '../rule-table.test-support.ts';
import { stashRead } from './stash-read.ts';

ruleTable(
  stashRead,
  [
    '<dialplan><stash varname="q1">1</stash><setvar varname="q1">1</setvar><play type="tts">${q1}</play></dialplan>',
  ],
  [
    {
      xml: '<dialplan><stash varname="question2">yes</stash>\n<play type="tts">You said ${question2}</play></dialplan>',
      lines: [2],
      message: 'only written by <stash>',
    },
  ],
);

it('points at the ${…} itself', () => {
  const [d] = runRule(
    stashRead,
    '<dialplan><stash varname="q">1</stash><play type="tts">ab ${q}</play></dialplan>',
  );
  expect(d?.range.start.column).toBe(59);
  expect(d?.range.end.column).toBe(63);
});
