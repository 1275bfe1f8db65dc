/**
 * Expected vs actual transcript of a saved test call, as the lines a person would compare by eye.
 * A longest-common-subsequence alignment keeps matching events paired, so one changed prompt shows as
 * one difference instead of "everything after it moved".
 */
import type { SimEvent } from '../simulate/types.ts';
import { alignSequences } from '../diff/lcs.ts';
import { describeEvent } from './describe-event.ts';

export interface TranscriptDifference {
  /** `changed`: an expected line replaced by another; `missing`: expected, did not happen; `unexpected`: new. */
  kind: 'changed' | 'missing' | 'unexpected';
  /** 1-based position in the expected transcript (for `unexpected`: the line it follows). */
  position: number;
  expected?: string;
  actual?: string;
}

export function diffTranscripts(
  expected: readonly SimEvent[],
  actual: readonly SimEvent[],
): TranscriptDifference[] {
  return diffLines(expected.map(describeEvent), actual.map(describeEvent));
}

export function diffLines(a: readonly string[], b: readonly string[]): TranscriptDifference[] {
  const raw: TranscriptDifference[] = [];
  let consumed = 0;
  for (const step of alignSequences(a, b)) {
    if (step.op === 'added') {
      raw.push({ kind: 'unexpected', position: consumed, actual: b[step.j] });
      continue;
    }
    consumed += 1;
    if (step.op === 'removed')
      raw.push({ kind: 'missing', position: step.i + 1, expected: a[step.i] });
  }
  return pairChanges(raw);
}

/** A missing line next to an unexpected one at the same place reads better as one change. */
function pairChanges(raw: TranscriptDifference[]): TranscriptDifference[] {
  const out: TranscriptDifference[] = [];
  for (let k = 0; k < raw.length; k += 1) {
    const here = raw[k];
    const next = raw[k + 1];
    if (!here) continue;
    const pair =
      next &&
      ((here.kind === 'unexpected' &&
        next.kind === 'missing' &&
        next.position === here.position + 1) ||
        (here.kind === 'missing' && next.kind === 'unexpected' && next.position === here.position));
    if (pair) {
      const missing = here.kind === 'missing' ? here : next;
      const extra = here.kind === 'missing' ? next : here;
      out.push({
        kind: 'changed',
        position: missing.position,
        expected: missing.expected,
        actual: extra.actual,
      });
      k += 1;
    } else out.push(here);
  }
  return out;
}

/** A difference in words, e.g. `line 3: expected "Stashed Vote = Yes", got "Stashed Vote = Si"`. */
export function formatDifference(d: TranscriptDifference): string {
  switch (d.kind) {
    case 'changed':
      return `line ${d.position}: expected ${d.expected}, got ${d.actual}`;
    case 'missing':
      return `line ${d.position}: missing ${d.expected}`;
    case 'unexpected':
      return `after line ${d.position}: unexpected ${d.actual}`;
  }
}
