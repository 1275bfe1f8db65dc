/**
 * What "the same tree" means for the formatter: the same elements with the same tag names, attributes
 * (names as written, decoded values) and content, text compared with XML whitespace collapsed (a
 * no-break space is text). Adjacent
 * text and CDATA are joined as they are spoken, with nothing between them (`12<![CDATA[34]]>` is
 * "1234", not "12 34").
 */
import type { ChildNode } from '../ast/types.ts';
import { collapseXmlWhitespace } from '../xml/whitespace.ts';

export type TreeShape =
  | { element: string; attributes: [string, string][]; children: TreeShape[] }
  | { comment: string }
  | { pi: string }
  | { text: string };

export function treeShape(nodes: readonly ChildNode[]): TreeShape[] {
  const out: TreeShape[] = [];
  let text = '';
  const flush = () => {
    const collapsed = collapseXmlWhitespace(text);
    if (collapsed !== '') out.push({ text: collapsed });
    text = '';
  };
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'cdata') {
      text += node.value;
      continue;
    }
    flush();
    if (node.type === 'comment') out.push({ comment: node.value });
    else if (node.type === 'pi') out.push({ pi: node.value });
    else
      out.push({
        element: node.tagName,
        attributes: node.attributes.map((a) => [a.name, a.value]),
        children: treeShape(node.children),
      });
  }
  flush();
  return out;
}
