/**
 * Markers are set again only when the diagnostics really changed. Validation runs after every text
 * change and always returns a new array, but most keystrokes leave the diagnostics (and their offsets)
 * as they were; resetting Monaco's markers then would redraw them and the overview ruler for nothing.
 */
import type { Diagnostic } from '../../core/index.ts';

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.ruleId === b.ruleId &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.range.start.offset === b.range.start.offset &&
    a.range.end.offset === b.range.end.offset
  );
}

/** True when `next` would draw exactly the markers `previous` drew (same rules, texts and offsets). */
export function sameMarkers(previous: readonly Diagnostic[], next: readonly Diagnostic[]): boolean {
  if (previous === next) return true;
  if (previous.length !== next.length) return false;
  return previous.every((d, i) => sameDiagnostic(d, next[i]!));
}
