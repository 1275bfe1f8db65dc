/**
 * The one-line form of a dialplan, as CallFire's own broadcast bodies carry it: no newlines, every run of
 * whitespace collapsed to one space, nodes that were apart in the source kept one space apart. For the
 * political poll this gives exactly the `dialplanXml` of the seed's `POST /v2/calls/broadcasts` body.
 */
import type { AttributeNode, ChildNode, ElementNode } from '../ast/types.ts';
import { parseDialplan } from '../xml/parse.ts';

const WHITESPACE_RUN = /\s+/g;

function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ');
}

/** Literal tabs and newlines in a value are spaces to any XML parser (attribute normalisation). */
function attributeText(a: AttributeNode): string {
  return ` ${a.name}=${a.quote}${a.raw.replace(/[\t\n\r]/g, ' ')}${a.quote}`;
}

function elementText(source: string, element: ElementNode): string {
  const open = `<${element.tagName}${element.attributes.map(attributeText).join('')}`;
  if (element.selfClosing) return `${open}/>`;
  const inner = nodesText(source, element.children, {
    start: element.openTagRange.end.offset,
    end: element.closeTagRange?.start.offset,
  });
  return `${open}>${inner}</${element.tagName}>`;
}

function nodeText(source: string, node: ChildNode): string {
  switch (node.type) {
    case 'element':
      return elementText(source, node);
    case 'text':
      return collapse(node.raw);
    case 'cdata':
      return `<![CDATA[${collapse(node.value)}]]>`;
    case 'comment':
      return `<!--${collapse(node.value)}-->`;
    case 'pi':
      return collapse(source.slice(node.range.start.offset, node.range.end.offset));
  }
}

/** Offsets of the content between an element's tags; the document has none. */
interface Bounds {
  start?: number;
  end?: number;
}

/** Nodes separated in the source by dropped whitespace stay one space apart. */
function nodesText(source: string, nodes: readonly ChildNode[], bounds: Bounds = {}): string {
  let out = '';
  let previousEnd = bounds.start;
  for (const node of nodes) {
    if (previousEnd !== undefined && node.range.start.offset > previousEnd) out += ' ';
    out += nodeText(source, node);
    previousEnd = node.range.end.offset;
  }
  if (bounds.end !== undefined && previousEnd !== undefined && bounds.end > previousEnd) out += ' ';
  return out;
}

/**
 * The dialplan on one line. A document with XML syntax errors has no trustworthy tree, so its text is
 * collapsed as it stands (still one line, still what the user wrote).
 */
export function toOneLine(text: string): string {
  const { document, diagnostics } = parseDialplan(text);
  const broken = diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('xml-'));
  if (broken) return collapse(text).trim();
  return nodesText(text, document.children).trim();
}

/** The one-line XML as a JSON string literal, ready to paste as the value of `"dialplanXml"`. */
export function toJsonStringLiteral(text: string): string {
  return JSON.stringify(toOneLine(text));
}
