/**
 * What the graph shows over a dialplan, keyed by element id: for each branch that stashes, how many calls
 * took it and their share of the question's answers; for each menu that asks a question, how many calls
 * reached it and how many left there without answering (hung up, or timed out of the poll).
 *
 * The pages say only what was stashed, so "reached" is inferred: the calls whose answers took the branches
 * that jump to the menu (their stash counts), or the live answers for a menu no stashing branch leads to
 * when it asks the first question. Real results and the batch forecast use the same arithmetic.
 */
import type { DialplanQuestions, StashSite } from './dialplan-questions.ts';
import { countOf } from './records.ts';
import type { QuestionCounts } from './types.ts';

export interface BranchOverlay {
  kind: 'branch';
  count: number;
  /** count / all answers to the question (0..1). */
  share: number;
  question: string;
  /** The answer the branch stores; undefined for a `${…}` value (every other answer). */
  value?: string;
}

export interface MenuOverlay {
  kind: 'menu';
  /** Undefined when nothing tells how many calls reached the menu. */
  reached?: number;
  answered: number;
  dropOff?: number;
}

export type ElementOverlay = BranchOverlay | MenuOverlay;

export interface OverlayCounts {
  liveAnswers: number;
  questions: QuestionCounts;
}

const total = (counts: Record<string, number> | undefined) =>
  Object.values(counts ?? {}).reduce((a, b) => a + b, 0);

/** Calls per stash site: a literal value counts its own responses, a `${…}` value all the rest. */
function siteCounts(plan: DialplanQuestions, questions: QuestionCounts): Map<StashSite, number> {
  const out = new Map<StashSite, number>();
  for (const question of plan.order) {
    const counts = countOf(questions, question) ?? {};
    const sites = plan.sites.filter((s) => s.question === question);
    const literal = new Set(sites.filter((s) => s.literal).map((s) => s.value));
    const rest = Object.entries(counts)
      .filter(([value]) => !literal.has(value))
      .reduce((a, [, n]) => a + n, 0);
    for (const s of sites) out.set(s, s.literal ? (countOf(counts, s.value) ?? 0) : rest);
  }
  return out;
}

export function overlayOf(
  plan: DialplanQuestions,
  counts: OverlayCounts,
): Record<string, ElementOverlay> {
  const overlay: Record<string, ElementOverlay> = {};
  const perSite = siteCounts(plan, counts.questions);
  for (const [site, count] of perSite) {
    if (!site.branchId) continue;
    const all = total(countOf(counts.questions, site.question));
    const prior = overlay[site.branchId];
    const sum = (prior?.kind === 'branch' ? prior.count : 0) + count;
    overlay[site.branchId] = {
      kind: 'branch',
      count: sum,
      share: all === 0 ? 0 : sum / all,
      question: site.question,
      ...(site.literal && { value: site.value }),
    };
  }
  for (const menu of plan.menus) {
    const first = menu.questions[0] ?? '';
    const answered = total(countOf(counts.questions, first));
    const incoming = [...perSite].filter(
      ([s]) => menu.name !== undefined && s.gotoTarget === menu.name,
    );
    const reached =
      incoming.length > 0
        ? incoming.reduce((a, [, n]) => a + n, 0)
        : first === plan.order[0]
          ? counts.liveAnswers
          : undefined;
    overlay[menu.id] = {
      kind: 'menu',
      reached,
      answered,
      dropOff: reached === undefined ? undefined : Math.max(0, reached - answered),
    };
  }
  return overlay;
}
