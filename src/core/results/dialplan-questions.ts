/**
 * Where each question comes from in a dialplan: the stash elements that write it (`varname`), the value
 * they write, the branch (keypress, live, machine) they sit in, the menu that branch belongs to and where
 * the branch goes next (its `goto`). Read with the AST helpers; no simulation.
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, childElements, elementName, textContent, walkElements } from '../ast/query.ts';
import { CALL_BRANCH_KINDS } from '../schema/branches.ts';

export interface StashSite {
  /** The stash element's id. */
  id: string;
  question: string;
  /** The value written, trimmed; `${…}` values are filled in at call time. */
  value: string;
  /** False when the value reads a variable (e.g. `${call.lastinput}`): it stands for many responses. */
  literal: boolean;
  /** The keypress, live or machine element the stash sits in. */
  branchId?: string;
  /** The menu of that keypress. */
  menuId?: string;
  /** The name the branch's `goto` jumps to, when it has one. */
  gotoTarget?: string;
}

export interface MenuSite {
  id: string;
  name?: string;
  /** The questions stashed in this menu's branches, in document order. */
  questions: string[];
}

export interface DialplanQuestions {
  /** Every stash question in document order (each once). */
  order: string[];
  sites: StashSite[];
  menus: MenuSite[];
}

function gotoOf(branch: ElementNode): string | undefined {
  const jump = childElements(branch).find((c) => c.kind === 'goto');
  return jump ? textContent(jump).trim() : undefined;
}

export function dialplanQuestions(doc: DialplanDocument): DialplanQuestions {
  const sites: StashSite[] = [];
  const menus = new Map<string, MenuSite>();
  const ancestors: ElementNode[] = [];
  const visit = (nodes: ElementNode['children']) =>
    walkElements(nodes, (element) => {
      if (element.kind === 'stash') sites.push(siteOf(element, ancestors, menus));
      ancestors.push(element);
      visit(element.children);
      ancestors.pop();
      return false;
    });
  visit(doc.children);
  const order = [...new Set(sites.map((s) => s.question))];
  return { order, sites, menus: [...menus.values()] };
}

function siteOf(
  stash: ElementNode,
  ancestors: readonly ElementNode[],
  menus: Map<string, MenuSite>,
): StashSite {
  const value = textContent(stash).trim();
  const question = attrValue(stash, 'varname') ?? '';
  const branch = [...ancestors].reverse().find((a) => CALL_BRANCH_KINDS.has(a.kind));
  const at = branch ? ancestors.indexOf(branch) : -1;
  const menu = branch?.kind === 'keypress' ? ancestors[at - 1] : undefined;
  if (menu?.kind === 'menu') {
    const site = menus.get(menu.id) ?? { id: menu.id, name: elementName(menu), questions: [] };
    if (!site.questions.includes(question)) site.questions.push(question);
    menus.set(menu.id, site);
  }
  return {
    id: stash.id,
    question,
    value,
    literal: !value.includes('${'),
    branchId: branch?.id,
    menuId: menu?.kind === 'menu' ? menu.id : undefined,
    gotoTarget: branch ? gotoOf(branch) : undefined,
  };
}

/** ASCII letters in lower case, the rest as is: equal for names that sameNameIgnoringCase finds equal. */
const foldAscii = (name: string) => name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());

/** Questions the results hold that no stash writes, and stashes whose question nobody answered. */
export function questionMismatches(
  plan: DialplanQuestions,
  answered: readonly string[],
): { unknownQuestions: string[]; unansweredStashes: StashSite[] } {
  // Sets of ASCII-folded names (as sameNameIgnoringCase compares): 20,000 questions against a dialplan
  // with many stashes stay linear.
  const knownNames = new Set(plan.order.map(foldAscii));
  const answeredNames = new Set(answered.map(foldAscii));
  const known = (q: string) => knownNames.has(foldAscii(q));
  const asked = (q: string) => answeredNames.has(foldAscii(q));
  return {
    unknownQuestions: answered.filter((q) => !known(q)),
    unansweredStashes: plan.sites.filter((s) => !asked(s.question)),
  };
}
