/**
 * Quick fixes for the XML pane's markers (Monaco code actions), computed from the text alone: for now
 * "Connect after …" on a `no-way-in` warning (core/edit/join.ts `connectAfterFix`).
 */
import {
  connectAfterFix,
  elementAtOffset,
  hasSyntaxErrors,
  parseDialplan,
  type TextPatch,
} from '../../core/index.ts';

export interface QuickFix {
  title: string;
  patches: TextPatch[];
}

/** The rules whose markers may have a quick fix. */
export const FIXABLE_RULES: ReadonlySet<string> = new Set(['no-way-in']);

/** The fixes for a marker of `ruleId` whose element starts at `offset` of `text`. */
export function quickFixesAt(text: string, ruleId: string, offset: number): QuickFix[] {
  if (!FIXABLE_RULES.has(ruleId)) return [];
  const { document, diagnostics } = parseDialplan(text);
  if (hasSyntaxErrors(diagnostics)) return [];
  const element = elementAtOffset(document, offset + 1);
  if (!element || element.range.start.offset !== offset) return [];
  const fix = connectAfterFix(document, element.id);
  return fix ? [{ title: `${fix.title} (${fix.detail})`, patches: fix.patches }] : [];
}
