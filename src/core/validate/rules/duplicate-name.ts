import type { ElementNode } from '../../ast/types.ts';
import { attr } from '../../ast/query.ts';
import type { Rule } from '../types.ts';

/** Names are goto targets: with two equal names, a goto always lands on the first. */
export const duplicateName: Rule = {
  id: 'duplicate-name',
  severity: 'warning',
  scope: 'document',
  finish(ctx) {
    for (const [name, ordinals] of ctx.sameName) {
      const [first, ...others] = ordinals.map((i) => ctx.elements[i] as ElementNode);
      const line = first?.openTagRange.start.line;
      for (const e of others)
        ctx.report(
          e,
          `The name '${name}' is already used on line ${line}: gotos jump to the first one, rename this one`,
          attr(e, 'name'),
        );
    }
  },
};
