/**
 * XML's whitespace is exactly space, tab, CR and LF (XML 1.0 §2.3 `S`). JavaScript's `trim()` and `\s`
 * also match U+00A0 (no-break space), U+2028, U+FEFF and others, which in a dialplan are text: a prompt
 * that is only a no-break space must survive formatting. Core code that trims or tests XML text uses
 * these helpers instead.
 */

export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** `text` without leading XML whitespace. */
export function trimXmlStart(text: string): string {
  let start = 0;
  while (start < text.length && isXmlSpace(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

/** `text` without leading or trailing XML whitespace. */
export function trimXml(text: string): string {
  let end = text.length;
  while (end > 0 && isXmlSpace(text.charCodeAt(end - 1))) end--;
  return trimXmlStart(end === text.length ? text : text.slice(0, end));
}

/** Runs of XML whitespace as one space, trimmed (how text compares once layout is ignored). */
export function collapseXmlWhitespace(text: string): string {
  return trimXml(text.replace(/[ \t\r\n]+/g, ' '));
}
