/**
 * The validator: one walk over the document's elements calls every rule's `check` for the elements it
 * visits, then each rule's `finish`; all of them read one shared, pre-indexed context (see types.ts).
 */
import type { Diagnostic, DialplanDocument, ElementNode, ParseResult } from '../ast/types.ts';
import { ALL_KINDS, kindCode } from '../ast/kind-codes.ts';
import { parseDialplan } from '../xml/parse.ts';
import { createContext, diagnosticsOf, type RuleRun } from './context.ts';
import { RULES } from './rules/index.ts';
import { forgetSchemaRows } from './schema-index.ts';
import { forgetLastMatch } from '../xml/arena.ts';
import type { Rule } from './types.ts';

export interface ValidateOptions {
  /** Run only the rules that make sense on a half-parsed tree (see `Rule.scope`). */
  elementRulesOnly?: boolean;
  /** Run only these rules (tests). */
  rules?: readonly Rule[];
}

/**
 * Checks a parsed dialplan against the reference and the simulator's rules. Never throws.
 *
 * @example
 * const { document } = parseDialplan(text);
 * validateDialplan(document); // [{ ruleId: 'goto-target', severity: 'error', … }]
 */
export function validateDialplan(
  document: DialplanDocument,
  options: ValidateOptions = {},
): Diagnostic[] {
  const ctx = createContext(document);
  const runs: RuleRun[] = [];
  for (const rule of options.rules ?? RULES) {
    if (options.elementRulesOnly && rule.scope !== 'element') continue;
    runs.push({ rule, diagnostics: [], notShown: 0, firstNotShown: undefined });
  }
  const visitors = visitorsByKind(runs);
  const { elements, kinds } = ctx;
  for (let o = 0; o < elements.length; o++) {
    const node = elements[o] as ElementNode;
    const { runs: list, checks } = visitors[kinds[o] ?? UNKNOWN] as KindVisitors;
    for (let r = 0; r < list.length; r++) {
      ctx.current = list[r];
      (checks[r] as Check)(node, ctx, o);
    }
  }
  for (const run of runs) {
    if (!run.rule.finish) continue;
    ctx.current = run;
    run.rule.finish(ctx);
  }
  ctx.current = undefined;
  forgetSchemaRows();
  forgetLastMatch();
  return runs.flatMap(diagnosticsOf);
}

const UNKNOWN = ALL_KINDS.length - 1;

type Check = NonNullable<Rule['check']>;

interface KindVisitors {
  /** The rules whose `check` visits this kind. */
  runs: RuleRun[];
  /** Their `check`s, side by side (no two loads per call to find it). */
  checks: Check[];
}

/** For each element kind, by its code, the rules whose `check` visits it. */
function visitorsByKind(runs: readonly RuleRun[]): KindVisitors[] {
  const byKind = ALL_KINDS.map((): KindVisitors => ({ runs: [], checks: [] }));
  for (const run of runs) {
    const { visits, check } = run.rule;
    if (!check || !visits) continue;
    for (const kind of visits === '*' ? ALL_KINDS : visits) {
      const visitors = byKind[kindCode(kind)];
      visitors?.runs.push(run);
      visitors?.checks.push(check);
    }
  }
  return byKind;
}

/** Whether the XML itself is broken (parser diagnostics are `xml-…`). */
export function hasSyntaxErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('xml-'));
}

/**
 * Parse + validate, diagnostics in source order. When the XML has syntax errors, only the element rules
 * run: whole-document rules (targets, reachability, variables) would report the damage again as noise.
 *
 * @example
 * const { diagnostics } = analyseDialplan('<dialplan>\n<goto>Machin</goto>\n</dialplan>');
 * diagnostics[0]; // { ruleId: 'goto-target', severity: 'error', range: { start: { line: 2, … } }, … }
 */
export function analyseDialplan(text: string): ParseResult {
  const { document, diagnostics } = parseDialplan(text);
  const validation = validateDialplan(document, {
    elementRulesOnly: hasSyntaxErrors(diagnostics),
  });
  const all = diagnostics.concat(validation);
  return { document, diagnostics: sortByPosition(all) };
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const keyed = diagnostics.map((d, i) => ({ d, i, at: d.range.start.offset }));
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  return keyed.map((k) => k.d);
}

export { RULES } from './rules/index.ts';
export type { Rule, ValidationContext } from './types.ts';
