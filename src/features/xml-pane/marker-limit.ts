/**
 * How many diagnostics become Monaco markers. Each marker is a decoration, an overview-ruler mark and
 * an entry in the marker service, all made in the task that sets them; a badly broken big document (a
 * pasted file in the wrong format) can have tens of thousands. Past MAX_MARKERS the most severe are
 * marked and one note at the top says how many were left out.
 */
import type { Diagnostic } from '../../core/index.ts';

export const MAX_MARKERS = 500;

const RANK: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

export interface MarkedDiagnostics {
  shown: readonly Diagnostic[];
  /** How many were left out. */
  hidden: number;
}

/** All diagnostics up to `max`; else the `max` most severe (errors, then warnings), in text order. */
export function diagnosticsToMark(
  diagnostics: readonly Diagnostic[],
  max = MAX_MARKERS,
): MarkedDiagnostics {
  if (diagnostics.length <= max) return { shown: diagnostics, hidden: 0 };
  const shown = diagnostics
    .map((d, order) => ({ d, order }))
    .sort((a, b) => RANK[a.d.severity] - RANK[b.d.severity] || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order)
    .map(({ d }) => d);
  return { shown, hidden: diagnostics.length - max };
}

export function hiddenNote(hidden: number, max = MAX_MARKERS): string {
  return `${hidden} more problems are not marked here: only the first ${max}, errors first, are.`;
}
