/**
 * One copy of each short string (tag and attribute names, `tts`, `female1`, `1`…) per parse, found
 * without first copying it out of the text: a Map keyed by the string needed the slice (garbage once a
 * copy was known) and a hash of every fresh slice, a fifth of the parse time. Here a hash of the
 * characters picks a slot and `startsWith` confirms the hit; a collision just replaces the slot (the
 * string is then copied, which is all that is lost).
 */
const SLOTS = 1024;
/** Longer strings rarely repeat (names of elements, prompts). */
const MAX_LENGTH = 16;

export type InternTable = (string | undefined)[];

export function createInternTable(): InternTable {
  return new Array<string | undefined>(SLOTS).fill(undefined);
}

/** `text.slice(start, end)`, shared with the previous identical string when there was one. */
export function internSlice(table: InternTable, text: string, start: number, end: number): string {
  const length = end - start;
  if (length > MAX_LENGTH || length <= 0) return text.slice(start, end);
  let hash = length;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const slot = hash & (SLOTS - 1);
  const known = table[slot];
  if (known !== undefined && known.length === length && text.startsWith(known, start)) return known;
  const value = text.slice(start, end);
  table[slot] = value;
  return value;
}
