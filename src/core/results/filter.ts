/** Narrowing a set of calls by final result, label, batch and creation date (the studio's filters). */
import type { CallResult } from './types.ts';

export interface CallFilter {
  /** Empty or absent: any. */
  finalCallResult?: string;
  label?: string;
  batchId?: string;
  /** Unix ms, inclusive; calls without a date pass only when no range is set. */
  from?: number;
  to?: number;
}

export function matchesFilter(call: CallResult, filter: CallFilter): boolean {
  if (filter.finalCallResult && call.finalCallResult !== filter.finalCallResult) return false;
  if (filter.label && !call.labels.includes(filter.label)) return false;
  if (filter.batchId && call.batchId !== filter.batchId) return false;
  if (filter.from !== undefined && !(call.created >= filter.from)) return false;
  if (filter.to !== undefined && !(call.created > 0 && call.created <= filter.to)) return false;
  return true;
}

export function* filterCalls(
  calls: Iterable<CallResult>,
  filter: CallFilter,
): IterableIterator<CallResult> {
  for (const call of calls) if (matchesFilter(call, filter)) yield call;
}

/** The values a filter can take, for its pickers. */
export function filterChoices(calls: Iterable<CallResult>): {
  finalCallResults: string[];
  labels: string[];
  batchIds: string[];
} {
  const results = new Set<string>();
  const labels = new Set<string>();
  const batches = new Set<string>();
  for (const call of calls) {
    if (call.finalCallResult) results.add(call.finalCallResult);
    for (const l of call.labels) labels.add(l);
    if (call.batchId) batches.add(call.batchId);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { finalCallResults: sorted(results), labels: sorted(labels), batchIds: sorted(batches) };
}
