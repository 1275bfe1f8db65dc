import type { ElementNode } from '../../ast/types.ts';
import { attr, attrValue } from '../../ast/query.ts';
import type { Rule, ValidationContext } from '../types.ts';

/** The ordinal of the menu a stash answers (its nearest enclosing menu), or -1. */
function questionOf(ctx: ValidationContext, ordinal: number): number {
  for (let o = ctx.parent[ordinal] ?? -1; o !== -1; o = ctx.parent[o] ?? -1) {
    if (ctx.elements[o]?.kind === 'menu') return o;
  }
  return -1;
}

/** The first stash of each question, grouped by the literal varname it stores under. */
function questionsByVarname(ctx: ValidationContext): Map<string, Map<number, ElementNode>> {
  const byVarname = new Map<string, Map<number, ElementNode>>();
  for (const ordinal of ctx.ofKind('stash')) {
    const element = ctx.elements[ordinal] as ElementNode;
    const varname = attrValue(element, 'varname')?.trim();
    if (!varname || varname.includes('${')) continue;
    const menu = questionOf(ctx, ordinal);
    if (menu === -1) continue;
    const questions = byVarname.get(varname) ?? new Map<number, ElementNode>();
    if (!questions.has(menu)) questions.set(menu, element);
    byVarname.set(varname, questions);
  }
  return byVarname;
}

/**
 * Two questions (menus) that stash their answers under the same varname: questionResponses then mixes
 * the two answers under one question, and the later one may hide the earlier.
 */
export const duplicateAnswerName: Rule = {
  id: 'duplicate-answer-name',
  severity: 'warning',
  scope: 'document',
  finish(ctx) {
    for (const [varname, questions] of questionsByVarname(ctx)) {
      const [first, ...others] = [...questions.keys()];
      const line = ctx.elements[first ?? 0]?.openTagRange.start.line;
      for (const menu of others) {
        const stash = questions.get(menu) as ElementNode;
        ctx.report(
          stash,
          `The question on line ${line} also stores its answers under '${varname}': questionResponses will mix the two, store this one under another name`,
          attr(stash, 'varname'),
        );
      }
    }
  },
};
