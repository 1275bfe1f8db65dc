import type { Rule } from '../types.ts';
import { isAssigned, isSystemVariable } from '../variables.ts';

/** A stash records a response for the report; it creates no variable, so reading its name gives nothing. */
export const stashRead: Rule = {
  id: 'stash-read',
  severity: 'warning',
  scope: 'document',
  finish(ctx) {
    const uses = ctx.variables();
    for (const read of uses.reads) {
      const { name } = read;
      if (!uses.stashed.has(name) || isAssigned(uses, name) || isSystemVariable(name)) continue;
      ctx.report(
        read.element,
        `\${${name}} is only written by <stash>, which records a response but creates no variable: also set it with <setvar varname="${name}">`,
        read.range(),
      );
    }
  },
};
