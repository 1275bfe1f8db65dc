/**
 * The formatted ("pretty") export. Until the formatter (src/core/format, `formatDialplan`) lands, the
 * text is exported exactly as written — which is also what a user who formats by hand expects.
 */
export function toPretty(text: string): string {
  return text;
}
