/**
 * The canonical text of a dialplan: 2-space indent, one element per line (mixed content, whose words run
 * across its text, CDATA, comments and inline elements, stays on its line), attributes in written order
 * with written names and `"` quotes, comments, CDATA and processing instructions kept, text trimmed
 * where the reference trims it and re-indented line by line elsewhere. Idempotent: formatting the output
 * again gives the same bytes, and it parses to the same tree (same elements, attributes and text once
 * whitespace is collapsed).
 */
import type { AttributeNode, ChildNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { escapeText } from '../xml/entities.ts';
import { isXmlSpace, trimXml, trimXmlStart } from '../xml/whitespace.ts';
import { indentLines, isTrimmedValue, isVerbatimValue, textLines } from './text-layout.ts';

const INDENT = '  ';

/**
 * @example
 * formatDialplan(parseDialplan("<dialplan><goto> A </goto></dialplan>").document);
 * // '<dialplan>\n  <goto>A</goto>\n</dialplan>\n'
 */
export function formatDialplan(document: DialplanDocument): string {
  const out: string[] = [];
  for (const node of document.children) writeNode(out, node, 0);
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function writeNode(out: string[], node: ChildNode, depth: number): void {
  const indent = INDENT.repeat(depth);
  switch (node.type) {
    case 'element':
      writeElement(out, node, depth);
      return;
    case 'text': {
      const lines = textLines(node.value);
      if (lines.some((l) => l !== '')) out.push(indentLines(lines, indent));
      return;
    }
    case 'cdata':
      out.push(`${indent}<![CDATA[${node.value}]]>`);
      return;
    case 'comment':
      out.push(`${indent}<!--${node.value}-->`);
      return;
    case 'pi':
      out.push(`${indent}<?${node.value}?>`);
      return;
  }
}

function writeElement(out: string[], e: ElementNode, depth: number): void {
  const indent = INDENT.repeat(depth);
  const open = `${indent}<${e.tagName}${e.attributes.map(formatAttribute).join('')}`;
  if (e.children.length === 0) {
    out.push(`${open}/>`);
    return;
  }
  if (isMixed(e)) {
    out.push(`${open}>${mixedContent(e.children)}</${e.tagName}>`);
    return;
  }
  const inline = inlineContent(e);
  if (inline !== undefined) {
    out.push(`${open}>${inline}</${e.tagName}>`);
    return;
  }
  out.push(`${open}>`);
  for (const child of e.children) writeNode(out, child, depth + 1);
  out.push(`${indent}</${e.tagName}>`);
}

/**
 * Mixed content: text or CDATA beside comments, processing instructions or inline elements. Its words
 * run across the children (`12<![CDATA[34]]>56` says "123456", `Hello<!-- x -->world` says
 * "Helloworld"), so a line break between them would change what the call says: it stays on its line.
 */
function isMixed(e: ElementNode): boolean {
  if (e.children.length < 2) return false;
  return e.children.some(
    (c) => c.type === 'cdata' || (c.type === 'text' && trimXml(c.value) !== ''),
  );
}

/** Mixed content as written, on one line with the tags: only the blanks at either end are trimmed. */
function mixedContent(children: readonly ChildNode[]): string {
  return children
    .map((node, i) => {
      if (node.type !== 'text') return inlineNode(node);
      let value = node.value;
      if (i === 0) value = trimXmlStart(value);
      if (i === children.length - 1) value = trimXmlEnd(value);
      return escapeText(value);
    })
    .join('');
}

function trimXmlEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isXmlSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

function inlineNode(node: ChildNode): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'cdata':
      return `<![CDATA[${node.value}]]>`;
    case 'comment':
      return `<!--${node.value}-->`;
    case 'pi':
      return `<?${node.value}?>`;
    case 'element': {
      const open = `<${node.tagName}${node.attributes.map(formatAttribute).join('')}`;
      if (node.children.length === 0) return `${open}/>`;
      return `${open}>${node.children.map(inlineNode).join('')}</${node.tagName}>`;
    }
  }
}

/** The content of an element that stays on its tag's line: one line of text, or one CDATA section. */
function inlineContent(e: ElementNode): string | undefined {
  const [only, ...rest] = e.children;
  if (!only || rest.length > 0) return undefined;
  if (only.type === 'cdata' && !only.value.includes('\n')) return `<![CDATA[${only.value}]]>`;
  if (only.type !== 'text') return undefined;
  // A stored value (stash, sms) or an expression is used as written, inner line breaks included.
  if (isVerbatimValue(e)) return escapeText(trimXml(only.value));
  const lines = textLines(only.value);
  if (lines.length === 1) return lines[0];
  // A value (target, numbers, URL) split over lines is still one value: keep it on one line.
  return isTrimmedValue(e) ? lines.filter((l) => l !== '').join(' ') : undefined;
}

function formatAttribute(a: AttributeNode): string {
  return ` ${a.name}="${escapeAttributeValue(a.value)}"`;
}

/** Escapes for a `"`-quoted value; tabs and line breaks as character references (else they read as spaces). */
function escapeAttributeValue(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
