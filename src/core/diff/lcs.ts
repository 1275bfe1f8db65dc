/**
 * The longest-common-subsequence alignment of two sequences, as an edit script: which items are kept
 * (paired), which only in `a` (removed) and which only in `b` (added). Shared by the transcript diff,
 * the prompt word diff and the sibling alignment of the element matcher.
 */

export type AlignStep =
  { op: 'same'; i: number; j: number } | { op: 'removed'; i: number } | { op: 'added'; j: number };

/**
 * `tie` decides which side is consumed first when both choices keep the subsequence as long:
 * `added` reads best for text (a replacement shows where the new words go); `removed` keeps a changed
 * item paired with the one after it (for the matcher).
 */
export function alignSequences<T>(
  a: readonly T[],
  b: readonly T[],
  tie: 'added' | 'removed' = 'added',
): AlignStep[] {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const steps: AlignStep[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) steps.push({ op: 'same', i: i++, j: j++ });
    else if (i === a.length) steps.push({ op: 'added', j: j++ });
    else if (j === b.length) steps.push({ op: 'removed', i: i++ });
    else if (tie === 'added' ? at(i, j + 1) >= at(i + 1, j) : at(i, j + 1) > at(i + 1, j))
      steps.push({ op: 'added', j: j++ });
    else steps.push({ op: 'removed', i: i++ });
  }
  return steps;
}
