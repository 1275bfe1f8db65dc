/**
 * The dialplan AST. Every node keeps its exact source range so that views can point at the text and
 * edits can be turned into the smallest text change (see `../xml/` and `../edit/`).
 *
 * Invariant: the tree is a faithful, lossless-enough picture of the text. Unknown tags and attributes are
 * kept (kind `unknown`), comments and CDATA are kept, names are stored as written.
 */

/** A point in the source text. `offset` is a UTF-16 index; `line` and `column` are 1-based. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

/** A half-open span of source text: `start` is the first character, `end` the one after the last. */
export interface Range {
  start: Position;
  end: Position;
}

/** The canonical (camelCase) name of every tag the reference knows. */
export const TAG_KINDS = [
  'dialplan',
  'amd',
  'live',
  'machine',
  'menu',
  'keypress',
  'play',
  'goto',
  'hangup',
  'stash',
  'setvar',
  'if',
  'else',
  'equal',
  'notEqual',
  'transfer',
  'record',
  'get',
  'post',
  'sms',
  'dnc',
  'catch',
  'dtmf',
  'gotoXML',
  'wait',
  'text',
  'analytics',
  'gtalk',
] as const;

export type TagKind = (typeof TAG_KINDS)[number];

/** `unknown` is an element whose tag the reference does not know; it is kept and reported. */
export type ElementKind = TagKind | 'unknown';

export interface AttributeNode {
  /** The name as written (case kept). Match with `attr()` which is case-insensitive. */
  name: string;
  /** The decoded value (entities and character references expanded). */
  value: string;
  /** The value exactly as written between the quotes. */
  raw: string;
  quote: '"' | "'";
  /** From the first character of the name to the closing quote. */
  range: Range;
  nameRange: Range;
  /** The characters between the quotes (excluding the quotes). */
  valueRange: Range;
}

export interface ElementNode {
  type: 'element';
  /** Stable address, the same as a simulation event's `path`, e.g. `/dialplan/menu[2]/keypress[1]`. */
  id: string;
  kind: ElementKind;
  /** The tag name as written. */
  tagName: string;
  attributes: AttributeNode[];
  children: ChildNode[];
  /** From `<` of the start tag to `>` of the end tag (or of the self-closing tag). */
  range: Range;
  openTagRange: Range;
  /** Absent for `<x/>` and for an element that was never closed. */
  closeTagRange?: Range;
  selfClosing: boolean;
}

export interface TextNode {
  type: 'text';
  id: string;
  /** Decoded text. */
  value: string;
  raw: string;
  range: Range;
}

export interface CDataNode {
  type: 'cdata';
  id: string;
  /** The characters between `<![CDATA[` and `]]>`. */
  value: string;
  range: Range;
}

export interface CommentNode {
  type: 'comment';
  id: string;
  /** The characters between `<!--` and `-->`. */
  value: string;
  range: Range;
}

/** A `<?…?>` processing instruction or XML declaration, kept so that nothing is lost. */
export interface ProcessingInstructionNode {
  type: 'pi';
  id: string;
  value: string;
  range: Range;
}

export type ChildNode =
  ElementNode | TextNode | CDataNode | CommentNode | ProcessingInstructionNode;

export interface DialplanDocument {
  type: 'document';
  /** Top-level nodes: comments and whitespace before and after the root, and the root itself. */
  children: ChildNode[];
  /** The first top-level element (normally `<dialplan>`), if any. */
  root: ElementNode | undefined;
  /** The text this tree was parsed from. Ranges index into it. */
  source: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The element the diagnostic concerns, when there is one. */
  nodeId?: string;
}

export interface ParseResult {
  document: DialplanDocument;
  diagnostics: Diagnostic[];
}
