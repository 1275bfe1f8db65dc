import type { Rule } from '../types.ts';

/** AMD classifies the answer as the call connects: anything before it runs before the detection. */
export const amdNotFirst: Rule = {
  id: 'amd-not-first',
  severity: 'warning',
  scope: 'element',
  visits: ['amd'],
  check(e, ctx) {
    if (e === ctx.dialplan?.children.find((c) => c.type === 'element')) return;
    ctx.report(
      e,
      `<${e.tagName}> is not the first element of <dialplan>: move it first so that answering-machine detection runs as the call is answered`,
    );
  },
};
