/** Validation of a parsed text, merged with its syntax diagnostics in source order. */
import {
  hasSyntaxErrors,
  validateDialplan,
  type DialplanDocument,
  type Diagnostic,
} from '../core/index.ts';

/**
 * The same diagnostics `analyseDialplan` gives for the text: when the XML has syntax errors, only the
 * element rules run (whole-document rules would report the damage again as noise).
 */
export function diagnose(document: DialplanDocument, syntax: readonly Diagnostic[]): Diagnostic[] {
  const validation = validateDialplan(document, { elementRulesOnly: hasSyntaxErrors(syntax) });
  return sortByPosition(syntax.concat(validation));
}

/** Stable sort by start offset (syntax diagnostics first at equal offsets, as analyseDialplan does). */
function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  const keyed = diagnostics.map((d, i) => ({ d, i, at: d.range.start.offset }));
  keyed.sort((a, b) => a.at - b.at || a.i - b.i);
  return keyed.map((k) => k.d);
}
