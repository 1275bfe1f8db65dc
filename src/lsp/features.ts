/**
 * What the language server answers, as pure functions over a dialplan's text and source offsets (the
 * protocol glue, with line/character positions, is in server.ts). Diagnostics are the validator's;
 * completion and hover are the studio XML editor's (features/xml-pane/xml-completion.ts, pure over the core
 * schema); names, references and rename are the core's edit functions.
 */
import {
  allElements,
  analyseDialplan,
  attr,
  elementAtOffset,
  elementName,
  formatDialplan,
  hasSyntaxErrors,
  parseDialplan,
  referencesTo,
  renameElement,
  takenNames,
  type AttributeNode,
  type Diagnostic,
  type DialplanDocument,
  type ElementNode,
  type TextPatch,
} from '../core/index.ts';
import {
  completionContext,
  hoverDoc,
  suggestionsFor,
  type Suggestion,
} from '../features/xml-pane/xml-completion.ts';

/** A span of source text by offsets: `from` inclusive, `to` exclusive. */
export interface Span {
  from: number;
  to: number;
}

/** A parsed text, kept per open document version. */
export interface Analysed {
  text: string;
  document: DialplanDocument;
  diagnostics: Diagnostic[];
}

/**
 * Editors attach the server to every XML file; one whose root element is something else (a pom.xml, an
 * SVG) is not a dialplan and gets no diagnostics. A file with no root yet (new, or broken before it) is
 * treated as a dialplan being written.
 */
export function isOtherXml(document: DialplanDocument): boolean {
  return document.root !== undefined && document.root.tagName.toLowerCase() !== 'dialplan';
}

export function analyse(text: string): Analysed {
  const { document, diagnostics } = analyseDialplan(text);
  return { text, document, diagnostics: isOtherXml(document) ? [] : diagnostics };
}

export function completionsAt(a: Analysed, offset: number): Suggestion[] {
  return suggestionsFor(completionContext(a.text, offset), [...takenNames(a.document)].sort());
}

const WORD = /[\w.-]/;

/** The word (tag, attribute or name characters) around the offset. */
export function wordAt(text: string, offset: number): Span | undefined {
  let from = offset;
  let to = offset;
  while (from > 0 && WORD.test(text[from - 1] ?? '')) from--;
  while (to < text.length && WORD.test(text[to] ?? '')) to++;
  return from === to ? undefined : { from, to };
}

export function hoverAt(a: Analysed, offset: number): { doc: string; span: Span } | undefined {
  const span = wordAt(a.text, offset);
  if (!span) return undefined;
  const doc = hoverDoc(a.text, offset, a.text.slice(span.from, span.to));
  return doc === undefined ? undefined : { doc, span };
}

function within(span: Span, offset: number): boolean {
  return offset >= span.from && offset <= span.to;
}

function valueSpan(attribute: AttributeNode): Span {
  return { from: attribute.valueRange.start.offset, to: attribute.valueRange.end.offset };
}

/** The trimmed text of a `<goto>`, where it stands in the source. */
function gotoTextSpan(text: string, goto: ElementNode): Span | undefined {
  if (!goto.closeTagRange) return undefined;
  let from = goto.openTagRange.end.offset;
  let to = goto.closeTagRange.start.offset;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { from, to };
}

/** Where a goto or catch names its target. */
function referenceSpan(text: string, element: ElementNode): Span | undefined {
  if (element.kind === 'goto') return gotoTextSpan(text, element);
  const goto = attr(element, 'goto');
  return goto && valueSpan(goto);
}

/** The element name under the cursor: on a `name="…"`, a goto's text or a catch's `goto="…"`. */
export function nameAt(a: Analysed, offset: number): string | undefined {
  const element = elementAtOffset(a.document, offset);
  if (!element) return undefined;
  const name = attr(element, 'name');
  if (name && within(valueSpan(name), offset)) return name.value.trim() || undefined;
  if (element.kind === 'goto' || element.kind === 'catch') {
    const span = referenceSpan(a.text, element);
    if (span && within(span, offset)) return a.text.slice(span.from, span.to) || undefined;
  }
  return undefined;
}

/** The element that carries the name (the first, as the platform jumps to the first). */
export function declarationOf(a: Analysed, name: string): ElementNode | undefined {
  return allElements(a.document).find((e) => elementName(e)?.trim() === name);
}

/** Where `name` is declared (its `name` attribute's value). */
export function definitionAt(a: Analysed, offset: number): Span | undefined {
  const name = nameAt(a, offset);
  const target = name === undefined ? undefined : declarationOf(a, name);
  const attribute = target && attr(target, 'name');
  return attribute && valueSpan(attribute);
}

/** Every goto and catch that names the element under the cursor, and its declaration if asked. */
export function referencesAt(a: Analysed, offset: number, withDeclaration: boolean): Span[] {
  const name = nameAt(a, offset);
  if (name === undefined) return [];
  const spans: Span[] = [];
  const declaration = withDeclaration ? declarationOf(a, name) : undefined;
  const attribute = declaration && attr(declaration, 'name');
  if (attribute) spans.push(valueSpan(attribute));
  for (const ref of referencesTo(allElements(a.document), name)) {
    const span = referenceSpan(a.text, ref.element);
    if (span) spans.push(span);
  }
  return spans.sort((x, y) => x.from - y.from);
}

/**
 * Renames the element under the cursor (on its name or on a goto to it) with every goto and catch that
 * targets it; undefined when there is no declared element there.
 */
export function renameAt(a: Analysed, offset: number, newName: string): TextPatch[] | undefined {
  const name = nameAt(a, offset);
  const target = name === undefined ? undefined : declarationOf(a, name);
  return target && renameElement(a.document, target.id, newName);
}

/** The formatted text, or undefined when the XML is broken (nothing to format safely). */
export function formatted(text: string): string | undefined {
  const { document, diagnostics } = parseDialplan(text);
  if (hasSyntaxErrors(diagnostics)) return undefined;
  return formatDialplan(document);
}
