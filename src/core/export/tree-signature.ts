/**
 * What "the same tree" means for exports: element names, attribute names and values, and text with
 * whitespace collapsed (TTS speaks it collapsed), comments and CDATA included. Used by tests and e2e.
 */
import type { ChildNode } from '../ast/types.ts';
import { collapseWhitespace } from '../ast/query.ts';
import { parseDialplan } from '../xml/parse.ts';

export type TreeSignature = (string | TreeSignature)[];

function signatureOf(nodes: readonly ChildNode[]): TreeSignature {
  const out: TreeSignature = [];
  for (const node of nodes) {
    if (node.type === 'element') {
      const attrs = node.attributes.map((a) => `${a.name}=${a.value}`).join(' ');
      out.push(`<${node.tagName} ${attrs}>`, signatureOf(node.children));
    } else {
      const text = collapseWhitespace(node.value);
      if (text !== '') out.push(`${node.type}:${text}`);
    }
  }
  return out;
}

export function treeSignature(text: string): TreeSignature {
  return signatureOf(parseDialplan(text).document.children);
}
