/** A word-level diff of two prompt texts (whitespace collapsed), for showing what a reworded prompt says. */
import { alignSequences } from './lcs.ts';
import type { WordPart } from './types.ts';

/** Above this many word pairs the texts are shown as one removal and one addition (LCS is O(n·m)). */
const MAX_WORD_PAIRS = 250_000;

export function diffWords(before: string, after: string): WordPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > MAX_WORD_PAIRS) return merge([...removed(a), ...added(b)]);
  const parts = alignSequences(a, b).map((step): WordPart => {
    if (step.op === 'added') return { op: 'added', text: b[step.j] ?? '' };
    return { op: step.op, text: a[step.i] ?? '' };
  });
  return merge(parts);
}

function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

const removed = (list: readonly string[]): WordPart[] =>
  list.map((text) => ({ op: 'removed', text }));
const added = (list: readonly string[]): WordPart[] => list.map((text) => ({ op: 'added', text }));

/** Runs of the same op become one part (`Press 1` rather than `Press`, `1`); removals before additions. */
function merge(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const part of orderRuns(parts)) {
    const last = out.at(-1);
    if (last && last.op === part.op) last.text += ` ${part.text}`;
    else out.push({ ...part });
  }
  return out;
}

/** Inside a run of changed words, the removed ones first, so `[-old-]{+new+}` reads naturally. */
function orderRuns(parts: readonly WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  let run: WordPart[] = [];
  const flush = (): void => {
    for (const op of ['removed', 'added']) for (const p of run) if (p.op === op) out.push(p);
    run = [];
  };
  for (const part of parts) {
    if (part.op === 'same') {
      flush();
      out.push(part);
    } else run.push(part);
  }
  flush();
  return out;
}
