import type { ElementNode } from '../../ast/types.ts';
import type { Rule } from '../types.ts';

/** AMD classifies the answer as the call connects: anything before it runs before the detection. */
export const amdNotFirst: Rule = {
  id: 'amd-not-first',
  severity: 'warning',
  scope: 'element',
  check(ctx) {
    const first = ctx.dialplan?.children.find((c) => c.type === 'element');
    const { elements } = ctx;
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i] as ElementNode;
      if (e.kind !== 'amd' || e === first) continue;
      ctx.report(
        e,
        `<${e.tagName}> is not the first element of <dialplan>: move it first so that answering-machine detection runs as the call is answered`,
      );
    }
  },
};
