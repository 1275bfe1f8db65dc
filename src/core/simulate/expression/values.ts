/** The values a dialplan expression can produce, and JavaScript's conversions between them. */

/** Arrays exist only as results of `split` (for `join`, `length`, indexing). */
export type ExprValue = string | number | boolean | null | readonly string[];

export function isStringArray(value: ExprValue): value is readonly string[] {
  return Array.isArray(value);
}

/** JavaScript's `String(value)`: how results are stored (`5`, `true`, `a,b`). */
export function toText(value: ExprValue): string {
  if (isStringArray(value)) return value.join(',');
  return String(value);
}

/** JavaScript's `Number(value)`. */
export function toNumber(value: ExprValue): number {
  if (isStringArray(value)) return Number(value.join(','));
  return Number(value);
}

/** JavaScript's truthiness. */
export function isTruthy(value: ExprValue): boolean {
  if (isStringArray(value)) return true;
  return Boolean(value);
}

/** A primitive for JavaScript's own operators: arrays become their joined text, as JS would do. */
export function toPrimitive(value: ExprValue): string | number | boolean | null {
  return isStringArray(value) ? value.join(',') : value;
}
