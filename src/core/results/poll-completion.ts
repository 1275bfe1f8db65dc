/**
 * Completion by design (issue 26 item 2). From the dialplan, each answer branch (stash site) either
 * *ends the poll* — no stash of another question can run after it — or *goes on* to the next menu that
 * asks one. A live call **completed** when its last answer (the latest of its questions in the
 * dialplan's order) was on a branch that ends the poll; otherwise it **dropped at** the next question's
 * menu; a live call with no answer dropped at the first question's menu. Without a dialplan nothing is
 * claimed. Reachability follows the validator's execution graph (validate/flow.ts: fall-through, gotos,
 * menus, branches, catches).
 */
import type { DialplanDocument } from '../ast/types.ts';
import { createContext } from '../validate/context.ts';
import type { CallResultSet } from './call-set.ts';
import type { DialplanQuestions, StashSite } from './dialplan-questions.ts';
import { countOf, emptyRecord } from './records.ts';
import { LIVE_ANSWER } from './summarize.ts';

export interface SiteDesign {
  /** True when no stash of another question can run after this one. */
  endsPoll: boolean;
  /** The nearest menu reached after this branch that asks another question (its name, else its id). */
  nextMenu?: string;
}

export interface CompletionDesign {
  sites: Map<StashSite, SiteDesign>;
  /** The menu that asks the dialplan's first question. */
  firstMenu?: string;
}

export interface Completion {
  live: number;
  completed: number;
  /** Live calls that stopped, by the menu of the question they reached without answering. */
  droppedAt: Record<string, number>;
}

export function completionDesign(doc: DialplanDocument, plan: DialplanQuestions): CompletionDesign {
  const ctx = createContext(doc);
  const flow = ctx.flow();
  const ordinal = new Map<string, number>();
  ctx.elements.forEach((e, i) => ordinal.set(e.id, i));
  const menuById = new Map(plan.menus.map((m) => [m.id, m]));
  const siteById = new Map(plan.sites.map((s) => [s.id, s]));
  const menuName = (id: string) => menuById.get(id)?.name ?? id;
  const sites = new Map<StashSite, SiteDesign>();
  for (const site of plan.sites) {
    const start = ordinal.get(site.id);
    if (start === undefined) continue;
    // Breadth first, so the first menu met is the nearest.
    const seen = new Uint8Array(ctx.elements.length);
    const queue = [start];
    seen[start] = 1;
    let endsPoll = true;
    let nextMenu: string | undefined;
    for (let head = 0; head < queue.length; head++) {
      flow.forEachSuccessor(queue[head] ?? -1, (next) => {
        if (next < 0 || seen[next]) return;
        seen[next] = 1;
        queue.push(next);
        const element = ctx.elements[next];
        if (!element) return;
        const stash = siteById.get(element.id);
        if (stash && stash.question !== site.question) endsPoll = false;
        const menu = menuById.get(element.id);
        if (nextMenu === undefined && menu?.questions.some((q) => q !== site.question))
          nextMenu = menuName(menu.id);
      });
    }
    sites.set(site, { endsPoll, nextMenu: endsPoll ? undefined : nextMenu });
  }
  const first = plan.order[0];
  const firstMenu = plan.menus.find((m) => first !== undefined && m.questions.includes(first));
  return { sites, firstMenu: firstMenu && menuName(firstMenu.id) };
}

/**
 * The stash site an answer came from: the literal one with that value, else one that reads a variable,
 * else (a value this dialplan never stores) the question's first site.
 */
function siteOf(plan: DialplanQuestions, question: string, value: string): StashSite | undefined {
  let variable: StashSite | undefined;
  let first: StashSite | undefined;
  for (const s of plan.sites) {
    if (s.question !== question) continue;
    if (s.literal && s.value === value) return s;
    if (!s.literal) variable ??= s;
    first ??= s;
  }
  return variable ?? first;
}

export function completionOf(
  set: CallResultSet,
  plan: DialplanQuestions,
  design: CompletionDesign,
  calls: Iterable<number> = set.all(),
): Completion {
  const droppedAt = emptyRecord<number>();
  const drop = (where: string) => (droppedAt[where] = (countOf(droppedAt, where) ?? 0) + 1);
  let live = 0;
  let completed = 0;
  for (const i of calls) {
    if (set.resultOf(i) !== LIVE_ANSWER) continue;
    live++;
    let last: string | undefined;
    for (const q of plan.order) if (set.answerCode(i, q) !== 0) last = q;
    if (last === undefined) {
      drop(design.firstMenu ?? plan.order[0] ?? 'Live');
      continue;
    }
    const site = siteOf(plan, last, set.answerOf(i, last) ?? '');
    const shape = site && design.sites.get(site);
    if (shape?.endsPoll) completed++;
    else drop(shape?.nextMenu ?? last);
  }
  return { live, completed, droppedAt };
}
