/**
 * The validator: every rule of `rules/` over one shared, pre-indexed context (one tree walk), so a
 * whole dialplan is checked in a few linear passes.
 */
import type { Diagnostic, DialplanDocument, ParseResult } from '../ast/types.ts';
import { parseDialplan } from '../xml/parse.ts';
import { createContext, reportNotShown } from './context.ts';
import { RULES } from './rules/index.ts';
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
  for (const rule of options.rules ?? RULES) {
    if (options.elementRulesOnly && rule.scope !== 'element') continue;
    ctx.currentRule = rule;
    rule.check(ctx);
    reportNotShown(ctx);
  }
  return ctx.diagnostics;
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
