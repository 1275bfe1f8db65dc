import type { ElementNode } from '../../ast/types.ts';
import { attr } from '../../ast/query.ts';
import type { Rule, ValidationContext } from '../types.ts';
import { kindCode } from '../../ast/kind-codes.ts';

/** The ordinal of the menu a stash answers (its nearest enclosing menu), or -1. */
function questionOf(ctx: ValidationContext, ordinal: number): number {
  for (let o = ctx.parent[ordinal] ?? -1; o !== -1; o = ctx.parent[o] ?? -1) {
    if (ctx.kinds[o] === MENU) return o;
  }
  return -1;
}

const MENU = kindCode('menu');

/**
 * The questions storing under one varname: the first one's menu, and the first stash of each later
 * question (made only when there is one: most varnames belong to one question).
 */
interface Questions {
  firstMenu: number;
  others: Map<number, ElementNode> | undefined;
}

/** The questions of each literal varname, in the order their first stash is met. */
function questionsByVarname(ctx: ValidationContext): Map<string, Questions> {
  const byVarname = new Map<string, Questions>();
  for (const ordinal of ctx.ofKind('stash')) {
    const element = ctx.elements[ordinal] as ElementNode;
    const varname = ctx.varnameOf(ordinal);
    if (!varname || varname.includes('${')) continue;
    const menu = questionOf(ctx, ordinal);
    if (menu === -1) continue;
    const questions = byVarname.get(varname);
    if (!questions) byVarname.set(varname, { firstMenu: menu, others: undefined });
    else if (menu !== questions.firstMenu) {
      questions.others ??= new Map();
      if (!questions.others.has(menu)) questions.others.set(menu, element);
    }
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
    for (const [varname, { firstMenu, others }] of questionsByVarname(ctx)) {
      if (!others) continue;
      const line = ctx.elements[firstMenu]?.openTagRange.start.line;
      for (const stash of others.values())
        ctx.report(
          stash,
          `The question on line ${line} also stores its answers under '${varname}': questionResponses will mix the two, store this one under another name`,
          attr(stash, 'varname'),
        );
    }
  },
};
