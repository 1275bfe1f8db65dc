/**
 * Text patches: the one currency of every edit. An operation on the tree never rewrites the document; it
 * returns the few `{ from, to, insert }` replacements that turn the old source into the new one, so that
 * comments, blank lines and formatting outside the touched elements stay byte-identical.
 */

/** Replace the characters in [from, to) of the source with `insert` (offsets are UTF-16 indexes). */
export interface TextPatch {
  from: number;
  to: number;
  insert: string;
}

/** Patches sorted by position; two patches may not overlap (an insertion may touch a neighbour). */
export function sortPatches(patches: readonly TextPatch[]): TextPatch[] {
  const sorted = [...patches].sort((a, b) => a.from - b.from || a.to - b.to);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (prev && next && next.from < prev.to) {
      throw new Error(`Overlapping text patches at ${next.from} (previous ends at ${prev.to})`);
    }
  }
  return sorted;
}

/** Applies non-overlapping patches, all expressed against the same original `text`. */
export function applyPatches(text: string, patches: readonly TextPatch[]): string {
  if (patches.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (const p of sortPatches(patches)) {
    if (p.from < 0 || p.to > text.length || p.from > p.to) {
      throw new Error(
        `Text patch [${p.from}, ${p.to}) is outside the text (length ${text.length})`,
      );
    }
    parts.push(text.slice(last, p.from), p.insert);
    last = p.to;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** Where the text `patch` inserts lands in the patched text, plus `inner` characters into it. */
export function insertedOffset(patches: readonly TextPatch[], patch: TextPatch, inner = 0): number {
  let shift = 0;
  for (const p of sortPatches(patches)) {
    if (p === patch) return patch.from + shift + inner;
    shift += p.insert.length - (p.to - p.from);
  }
  throw new Error('The patch is not one of the patches');
}

/**
 * Where `offset` of the original text lands once the patches are applied: shifted by every patch that
 * ends at or before it (an insertion exactly at `offset` goes before it).
 */
export function mappedOffset(patches: readonly TextPatch[], offset: number): number {
  let shift = 0;
  for (const p of patches) {
    if (p.to <= offset) shift += p.insert.length - (p.to - p.from);
  }
  return offset + shift;
}
