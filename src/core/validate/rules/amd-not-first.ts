import type { Rule } from '../types.ts';

/** AMD classifies the answer as the call connects: anything before it runs before the detection. */
export const amdNotFirst: Rule = {
  id: 'amd-not-first',
  severity: 'warning',
  scope: 'element',
  visits: ['amd'],
  check(e, ctx, o) {
    // The first child element of <dialplan>, read from the child lists (no child list is made).
    const parent = ctx.parent[o] ?? -1;
    const isFirst = parent !== -1 && ctx.kidList[ctx.kidStart[parent] ?? 0] === o;
    if (isFirst && ctx.dialplan !== undefined && ctx.elements[parent] === ctx.dialplan) return;
    ctx.report(
      e,
      `<${e.tagName}> is not the first element of <dialplan>: move it first so that answering-machine detection runs as the call is answered`,
    );
  },
};
