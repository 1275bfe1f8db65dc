import { attr } from '../../ast/query.ts';
import type { Rule } from '../types.ts';

/** `<catch goto="NAME">` must name an element. */
export const catchTarget: Rule = {
  id: 'catch-target',
  severity: 'error',
  scope: 'document',
  check(ctx) {
    for (const e of ctx.elements) {
      if (e.kind !== 'catch') continue;
      const goto = attr(e, 'goto');
      if (!goto) continue; // required-attribute reports it
      const name = goto.value.trim();
      if (name.includes('${') || ctx.byName.has(name)) continue;
      ctx.report(
        e,
        name === ''
          ? `<${e.tagName}> has an empty goto: write the name of the element to jump to`
          : `<${e.tagName}> jumps to '${name}', but no element has name="${name}": fix the name or add the target`,
        goto,
      );
    }
  },
};
