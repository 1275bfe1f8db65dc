/** Narrowing a set of calls by final result, label, batch and creation date (the studio's filters). */
import type { CallResultSet } from './call-set.ts';

export interface CallFilter {
  /** Empty or absent: any. */
  finalCallResult?: string;
  label?: string;
  batchId?: string;
  /** Unix ms, inclusive; calls without a date pass only when no range is set. */
  from?: number;
  to?: number;
}

export function matchesFilter(set: CallResultSet, i: number, filter: CallFilter): boolean {
  if (filter.finalCallResult && set.resultOf(i) !== filter.finalCallResult) return false;
  if (filter.label && !set.labelsOf(i).includes(filter.label)) return false;
  if (filter.batchId && set.batchOf(i) !== filter.batchId) return false;
  const created = set.createdOf(i);
  if (filter.from !== undefined && !(created >= filter.from)) return false;
  if (filter.to !== undefined && !(created > 0 && created <= filter.to)) return false;
  return true;
}

/** The indices of the calls the filter keeps, in reading order. */
export function filterCalls(set: CallResultSet, filter: CallFilter): number[] {
  const kept: number[] = [];
  for (let i = 0; i < set.size; i++) if (matchesFilter(set, i, filter)) kept.push(i);
  return kept;
}

/** The values a filter can take, for its pickers. */
export function filterChoices(set: CallResultSet): {
  finalCallResults: string[];
  labels: string[];
  batchIds: string[];
} {
  const results = new Set<string>();
  const labels = new Set<string>();
  const batches = new Set<string>();
  for (let i = 0; i < set.size; i++) {
    results.add(set.resultOf(i));
    for (const l of set.labelsOf(i)) labels.add(l);
    batches.add(set.batchOf(i));
  }
  const sorted = (s: Set<string>) => [...s].filter(Boolean).sort();
  return { finalCallResults: sorted(results), labels: sorted(labels), batchIds: sorted(batches) };
}

const filterDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The filter in words, as a report shows it: [["Final call result", "Live answer (LA)"], …]; empty
 * when every call is kept. Call results read in words with the code beside them.
 */
export function describeFilter(
  filter: CallFilter,
  resultText: (code: string) => string,
): [string, string][] {
  const shown: [string, string][] = [];
  if (filter.finalCallResult) shown.push(['Final call result', resultText(filter.finalCallResult)]);
  if (filter.label) shown.push(['Label', filter.label]);
  if (filter.batchId) shown.push(['Batch', filter.batchId]);
  if (filter.from !== undefined) shown.push(['Created from', `${filterDay(filter.from)} (UTC)`]);
  if (filter.to !== undefined) shown.push(['Created to', `${filterDay(filter.to)} (UTC)`]);
  return shown;
}
