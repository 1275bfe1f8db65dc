/** A word-level diff of two prompt texts (whitespace collapsed), for showing what a reworded prompt says. */
import { alignSequences } from './lcs.ts';
import type { WordPart } from './types.ts';

/**
 * Above this many word pairs the texts are compared as a whole: one removal and one addition (the
 * alignment is O(n·m) in time and memory). Nothing here spreads or recurses over the words, so any size
 * of prompt is safe.
 */
export const MAX_WORD_PAIRS = 250_000;

export interface WordComparison {
  words: WordPart[];
  /** True when the texts were too long to align word by word and are shown as a whole. */
  whole: boolean;
  /** How many words each side has (for the note that says why a prompt was compared as a whole). */
  beforeWords: number;
  afterWords: number;
}

export function compareWords(before: string, after: string): WordComparison {
  const a = words(before);
  const b = words(after);
  const sizes = { beforeWords: a.length, afterWords: b.length };
  if (a.length * b.length > MAX_WORD_PAIRS) {
    const parts: WordPart[] = [];
    if (a.length > 0) parts.push({ op: 'removed', text: a.join(' ') });
    if (b.length > 0) parts.push({ op: 'added', text: b.join(' ') });
    return { words: parts, whole: true, ...sizes };
  }
  const parts = alignSequences(a, b).map((step): WordPart => {
    if (step.op === 'added') return { op: 'added', text: b[step.j] ?? '' };
    return { op: step.op, text: a[step.i] ?? '' };
  });
  return { words: merge(parts), whole: false, ...sizes };
}

export function diffWords(before: string, after: string): WordPart[] {
  return compareWords(before, after).words;
}

function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}

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
    for (const p of run) if (p.op === 'removed') out.push(p);
    for (const p of run) if (p.op === 'added') out.push(p);
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
