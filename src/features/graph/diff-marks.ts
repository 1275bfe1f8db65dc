/**
 * The marks a version comparison puts on the graph: each element's change kind (an added element's
 * descendants are added too). Empty when nothing is compared, so nodes pay one selector and no work.
 */
import { useMemo } from 'react';
import type { ChangeKind, DialplanChange } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';

export type DiffMark = Exclude<ChangeKind, 'removed'>;
export type DiffMarks = ReadonlyMap<string, DiffMark>;

/** When an element has several changes, the one a person most needs to see. */
const PRIORITY: readonly DiffMark[] = ['added', 'moved', 'renamed', 'changed'];
const NO_MARKS: DiffMarks = new Map();

export function diffMarksOf(changes: readonly DialplanChange[]): DiffMarks {
  const marks = new Map<string, DiffMark>();
  for (const kind of PRIORITY) {
    for (const change of changes) {
      if (change.kind === kind && change.newPath !== undefined && !marks.has(change.newPath))
        marks.set(change.newPath, kind);
    }
  }
  return marks;
}

export function useDiffMarks(): DiffMarks {
  const comparison = useStudio((s) => s.comparison);
  return useMemo(() => (comparison ? diffMarksOf(comparison.changes) : NO_MARKS), [comparison]);
}

/** The mark of an element, or of its nearest marked-added ancestor. */
export function markOf(marks: DiffMarks, id: string): DiffMark | undefined {
  if (marks.size === 0) return undefined;
  const own = marks.get(id);
  if (own) return own;
  for (let cut = id.lastIndexOf('/'); cut > 0; cut = id.lastIndexOf('/', cut - 1)) {
    if (marks.get(id.slice(0, cut)) === 'added') return 'added';
  }
  return undefined;
}

/** A node's mark: its own, else `changed` when something inside it changed. */
export function nodeMarkOf(marks: DiffMarks, id: string): DiffMark | undefined {
  const own = markOf(marks, id);
  if (own || marks.size === 0) return own;
  for (const key of marks.keys()) if (key.startsWith(`${id}/`)) return 'changed';
  return undefined;
}

/** ` dp-diff-KIND` for a class list, or nothing. */
export function diffClass(mark: DiffMark | undefined): string {
  return mark ? ` dp-diff dp-diff-${mark}` : '';
}
