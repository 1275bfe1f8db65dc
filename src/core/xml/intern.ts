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
  let hash = text.charCodeAt(start);
  for (let i = start + 1; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return internHashed(table, text, start, end, hash);
}

/**
 * `internSlice` for a caller that hashed the characters while scanning them (the first character, then
 * `hash * 31 + c` for each next one, as `internSlice` does): the name is not read a second time.
 */
export function internHashed(
  table: InternTable,
  text: string,
  start: number,
  end: number,
  hash: number,
): string {
  const length = end - start;
  if (length > MAX_LENGTH || length <= 0) return text.slice(start, end);
  const slot = hash & (SLOTS - 1);
  const known = table[slot];
  if (known !== undefined && known.length === length && text.startsWith(known, start)) return known;
  const value = text.slice(start, end);
  table[slot] = value;
  return value;
}
