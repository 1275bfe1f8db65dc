import type { Rule } from '../types.ts';

/** A dialplan's root element must be `<dialplan>` (the parser already reports a missing root). */
export const rootDialplan: Rule = {
  id: 'root-dialplan',
  severity: 'error',
  scope: 'element',
  finish(ctx) {
    const root = ctx.document.root;
    if (!root || root.kind === 'dialplan') return;
    ctx.report(
      root,
      `The root element is <${root.tagName}>, but a dialplan must start with <dialplan>: wrap the content in <dialplan>…</dialplan>`,
    );
  },
};
