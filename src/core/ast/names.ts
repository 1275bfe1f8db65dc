/** Name comparison shared by the parser's nodes and the tree helpers. */

/**
 * ASCII case-insensitive equality without allocating: `attr()` runs for every attribute of every
 * element during validation, and lower-casing both sides made most of its garbage.
 */
export function sameNameIgnoringCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const lx = x >= 65 && x <= 90 ? x + 32 : x;
    const ly = y >= 65 && y <= 90 ? y + 32 : y;
    if (lx !== ly || x > 127 || y > 127) return false;
  }
  return true;
}

/** A hash of `text[start, end)`: the same for a string and for the same characters inside a larger text. */
export function hashChars(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}
