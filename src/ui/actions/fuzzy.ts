/**
 * A small fuzzy scorer for the command palette: every character of the query must appear in the label
 * in order (case-insensitive). Higher is better: the whole label, then a prefix, then a word start, then
 * a substring, then a scattered subsequence (closer letters score more). No match is `undefined`.
 */
export function fuzzyScore(query: string, label: string): number | undefined {
  const q = query.trim().toLowerCase();
  const text = label.toLowerCase();
  if (q === '') return 0;
  if (text === q) return 1000;
  if (text.startsWith(q)) return 900 - text.length / 100;
  const at = text.indexOf(q);
  if (at > 0) {
    const wordStart = /[\s\-_/:.(]/.test(text[at - 1] ?? '');
    return (wordStart ? 800 : 700) - at / 100;
  }
  // a subsequence: count the gaps, and reward letters that start words
  let score = 500;
  let from = 0;
  for (const char of q) {
    const found = text.indexOf(char, from);
    if (found < 0) return undefined;
    const gap = found - from;
    score -= gap;
    if (found === 0 || /[\s\-_/:.(]/.test(text[found - 1] ?? '')) score += 2;
    from = found + 1;
  }
  return Math.max(1, Math.min(score, 600));
}

/** The items whose label matches `query`, best first (ties keep their order). */
export function rankByLabel<T>(
  items: readonly T[],
  query: string,
  label: (item: T) => string,
): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, label(item)) }))
    .filter((r): r is { item: T; index: number; score: number } => r.score !== undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((r) => r.item);
}
