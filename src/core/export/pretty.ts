/**
 * The formatted ("pretty") export: the formatter's canonical form (2-space indent, attributes as
 * written, comments kept). Text with XML syntax errors has no trustworthy tree: it is exported as written.
 */
import { formatDialplan } from '../format/index.ts';
import { parseDialplan } from '../xml/parse.ts';

export function toPretty(text: string): string {
  const { document, diagnostics } = parseDialplan(text);
  const broken = diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('xml-'));
  return broken ? text : formatDialplan(document);
}
