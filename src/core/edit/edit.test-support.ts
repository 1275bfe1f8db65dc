/** Shared helpers for the edit tests: apply an edit and parse the result, compare trees. */
import { readFileSync } from 'node:fs';
import type { ChildNode, DialplanDocument } from '../ast/types.ts';
import { collapseWhitespace } from '../ast/query.ts';
import { parseDialplan } from '../xml/parse.ts';
import { applyPatches, type TextPatch } from './patch.ts';

export function parse(text: string): DialplanDocument {
  return parseDialplan(text).document;
}

export function readFixture(path: string): string {
  return readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
}

/** Applies the patches and checks that the result is still well-formed XML. */
export function edited(doc: DialplanDocument, patches: readonly TextPatch[]): string {
  const text = applyPatches(doc.source, patches);
  const syntax = parseDialplan(text).diagnostics.filter((d) => d.ruleId.startsWith('xml-'));
  if (syntax.length > 0) throw new Error(`Edit broke the XML: ${syntax[0]?.message}\n${text}`);
  return text;
}

/** The tree as plain data (kinds, attributes, collapsed text), to compare documents by meaning. */
export function shape(nodes: readonly ChildNode[]): unknown[] {
  return nodes.flatMap((n): unknown[] => {
    if (n.type === 'element') {
      const attrs = Object.fromEntries(n.attributes.map((a) => [a.name, a.value]));
      return [{ tag: n.tagName, attrs, children: shape(n.children) }];
    }
    if (n.type === 'text' || n.type === 'cdata') return [collapseWhitespace(n.value)];
    return [];
  });
}
