import type { Rule } from '../types.ts';
import { isAssigned, isSystemVariable } from '../variables.ts';

/**
 * `${name}` read but nothing sets it (setvar, record, get, post); the platform supplies call.*,
 * contact.* and global.*. A variable set anywhere counts here; one read before any setter can run is
 * the read-before-set rule's. Stash-only names are left to the stash-read rule.
 */
export const undefinedVariable: Rule = {
  id: 'undefined-variable',
  severity: 'warning',
  scope: 'document',
  finish(ctx) {
    const uses = ctx.variables();
    for (const read of uses.reads) {
      const { name } = read;
      if (isSystemVariable(name) || isAssigned(uses, name) || uses.stashed.has(name)) continue;
      ctx.report(
        read.element,
        name === ''
          ? '`${}` names no variable: write ${name}'
          : `\${${name}} is read but nothing sets it: add <setvar varname="${name}">, or fix the name (it reads as an empty string)`,
        read.range(),
      );
    }
  },
};
