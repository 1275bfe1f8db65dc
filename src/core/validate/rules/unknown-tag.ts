import type { Rule } from '../types.ts';

/** Tags the reference does not know are kept, but CallFire would likely reject or ignore them. */
export const unknownTag: Rule = {
  id: 'unknown-tag',
  severity: 'warning',
  scope: 'element',
  visits: ['unknown'],
  check(e, ctx) {
    ctx.report(
      e,
      `<${e.tagName}> is not a CallFire XML tag: check the spelling or remove it (it is kept as written)`,
    );
  },
};
