/**
 * A hand-rolled, position-keeping XML scanner for dialplans.
 *
 * Why hand-rolled: it must keep the range of every element, attribute, text and comment, recover from
 * errors (the editor parses half-typed text on every keystroke), never throw, and beat the libraries on
 * speed (see `bench/core.bench.ts`). It refuses `<!DOCTYPE` outright, so no entity expansion can blow up.
 */
import type {
  ChildNode,
  Diagnostic,
  DialplanDocument,
  ElementKind,
  ElementNode,
  ParseResult,
} from '../ast/types.ts';
import { ALL_KINDS, kindCode } from '../ast/kind-codes.ts';
import { kindOfTag } from '../schema/tag-kinds.ts';
import { decodeEntities } from './entities.ts';
import { createInternTable, internHashed, type InternTable } from './intern.ts';
import { PositionMapper } from './positions.ts';
import { isXmlSpace, trimXml, trimXmlStart } from './whitespace.ts';
import { recordElementIndex } from '../ast/element-index.ts';
import {
  createRecorder,
  finishRecorder,
  nextOrdinal,
  recordElement,
  type OrdinalRecorder,
} from './ordinals.ts';
import { ParsedElement, ParsedMarkup, ParsedText, type ParsedTree } from './nodes.ts';
import {
  addAttribute,
  addMarkup,
  APOSTROPHE,
  MARKUP_CDATA,
  MARKUP_COMMENT,
  MARKUP_PI,
  MARKUP_TEXT,
  RAW_TEXT,
  TEXT_ENTITIES,
  attributeName,
  createArena,
  HAS_BREAKS,
  HAS_DOLLAR,
  HAS_ENTITIES,
  internName,
  type TreeArena,
} from './arena.ts';
import { runToEnd } from '../steps.ts';

/**
 * A start tag's name as an id among the parse's distinct tag names (`TreeArena.tags`), with its kind
 * code beside it: found by a hash of the characters as they are scanned, so a tag name costs no string
 * and no map lookup once it has been seen (11,000 start tags in the generated poll, 12 distinct names).
 */
interface TagTable {
  /** Hash slot → tag id + 1 (0 is empty); a collision replaces the slot, which only costs a lookup. */
  slots: Int32Array;
  /** Kind code by tag id. */
  codes: number[];
}

const TAG_SLOTS = 256;

/** Kind codes by tag name as written (tag names are few; hostile input is bounded by the cap). */
const TAG_CODES = new Map<string, number>();
const TAG_CODES_KEPT = 4096;

/** The kind code of a tag name (`kindOfTag`'s kind, as `ast/kind-codes.ts` numbers it). */
function kindCodeOfTag(tagName: string): number {
  let code = TAG_CODES.get(tagName);
  if (code === undefined) {
    code = kindCode(kindOfTag(tagName));
    if (TAG_CODES.size >= TAG_CODES_KEPT) TAG_CODES.clear();
    TAG_CODES.set(tagName, code);
  }
  return code;
}

/** Past this many diagnostics the parser stops reporting (hostile input must not flood the editor). */
const MAX_DIAGNOSTICS = 500;
/** Deeper nesting than this is refused, so that every tree walk in core can safely recurse. */
export const MAX_DEPTH = 200;

interface OpenElement {
  element: ParsedElement;
  tagName: string;
  /** The element's ordinal (its index in the `TreeArena`). */
  ordinal: number;
  /** How many child elements it has so far. */
  elementCount: number;
}

interface Scanner {
  text: string;
  pos: number;
  map: PositionMapper;
  diagnostics: Diagnostic[];
  /** Diagnostics past `MAX_DIAGNOSTICS`, counted so that the last one can say so. */
  notShown: number;
  stack: OpenElement[];
  /** Reusable stack entries, one per depth (see `pushOpen`). */
  frames: OpenElement[];
  /** Offsets and attributes, in typed arrays. */
  store: TreeArena;
  /** Shared by every node of this parse. */
  tree: ParsedTree;
  /** Names and short values repeat thousands of times: one copy each keeps the tree small. */
  interned: InternTable;
  tagTable: TagTable;
  /** See `nextAmpersand` and `nextDollar` (-1: not searched yet). */
  nextAmpersand: number;
  nextDollar: number;
  top: ChildNode[];
  rootSeen: boolean;
  ordinals: OrdinalRecorder;
}

const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Dollar = 36,
  Amp = 38,
  Apos = 39,
  Dash = 45,
  Slash = 47,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  Question = 63,
}

function isNameStart(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    c === 95 ||
    c === 58 ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
  );
}

function mayStartMarkup(c: number): boolean {
  return isNameStart(c) || c === Ch.Slash || c === Ch.Bang || c === Ch.Question;
}

function isNameCharSlow(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === Ch.Dash || c === 46 || c === 0xb7;
}

/** `isNameCharSlow` for the ASCII characters, by code: one load per character of a name. */
const ASCII_NAME_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (isNameCharSlow(c) ? 1 : 0));

function isNameChar(c: number): boolean {
  return c < 128 ? ASCII_NAME_CHAR[c] === 1 : isNameCharSlow(c);
}

function report(
  s: Scanner,
  start: number,
  end: number,
  message: string,
  ruleId = 'xml-syntax',
): void {
  if (s.diagnostics.length >= MAX_DIAGNOSTICS) {
    s.notShown++;
    return;
  }
  s.diagnostics.push({ ruleId, severity: 'error', message, range: s.map.eagerRange(start, end) });
}

/**
 * Where a text, comment, CDATA or processing instruction goes: inside an element it is recorded as
 * numbers (`addMarkup`; its element makes the object when its `children` are read), at the top level it
 * is made now by `make`. Returns whether it was recorded inside an element.
 */
function addMarkupInside(s: Scanner, type: number, start: number, end: number): boolean {
  const open = s.stack[s.stack.length - 1];
  if (open === undefined) return false;
  addMarkup(s.store, type, start, end, open.ordinal);
  return true;
}

/** Pops the innermost open element (its children are found from the arena when read). */
function popOpen(s: Scanner): OpenElement {
  return s.stack.pop() as OpenElement;
}

/**
 * Moves past a name (not at all when none starts here) and returns its hash (`hashName`, the hash
 * `internName` and `internHashed` file names under), made on the way: the name is not read twice.
 */
function scanName(s: Scanner): number {
  const text = s.text;
  let p = s.pos;
  let c = text.charCodeAt(p);
  if (!isNameStart(c)) return 0;
  let hash = c;
  for (p++; p < text.length; p++) {
    c = text.charCodeAt(p);
    if (!isNameChar(c)) break;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  s.pos = p;
  return hash;
}

/** Reads a start tag's name and returns its tag id (see `TagTable`), or -1 when no name starts here. */
function readTag(s: Scanner): number {
  const text = s.text;
  const start = s.pos;
  const hash = scanName(s);
  const p = s.pos;
  if (p === start) return -1;
  const slot = hash & (TAG_SLOTS - 1);
  const tags = s.store.tags;
  const known = (s.tagTable.slots[slot] ?? 0) - 1;
  if (known !== -1) {
    const name = tags[known] as string;
    if (name.length === p - start && text.startsWith(name, start)) return known;
  }
  const name = text.slice(start, p);
  const id = tags.length;
  tags.push(name);
  s.tagTable.codes.push(kindCodeOfTag(name));
  s.tagTable.slots[slot] = id + 1;
  return id;
}

/** A tag name, hashed while it is scanned (as `internSlice` hashes) so it is read once. */
function readName(s: Scanner): string {
  const start = s.pos;
  const hash = scanName(s);
  return s.pos === start ? '' : internHashed(s.interned, s.text, start, s.pos, hash);
}

function skipSpace(s: Scanner): void {
  const text = s.text;
  let p = s.pos;
  while (p < text.length && isXmlSpace(text.charCodeAt(p))) p++;
  s.pos = p;
}

function reportEntities(s: Scanner, raw: string, rawStart: number): string {
  if (raw.indexOf('&') === -1) return raw;
  const { value, problems } = decodeEntities(raw);
  for (const p of problems)
    report(s, rawStart + p.index, rawStart + p.index + p.length, p.message, 'xml-entity');
  return value;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

function parseText(s: Scanner): void {
  const start = s.pos;
  let end = s.text.indexOf('<', start);
  if (end === -1) end = s.text.length;
  s.pos = end;
  // Whitespace between elements carries no meaning (the formatter re-indents, patches use offsets):
  // it is not kept as nodes, and is recognised without copying it out of the text.
  if (isBlank(s.text, start, end)) return;
  const open = s.stack[s.stack.length - 1];
  if (open !== undefined) {
    // Inside an element (nearly all text): recorded as numbers, no string made unless it holds `&`.
    const entities = nextAmpersand(s, start) < end;
    if (entities) reportEntities(s, s.text.slice(start, end), start);
    if (entities || nextDollar(s, start) < end) noteReading(s, open.ordinal);
    addMarkup(
      s.store,
      entities ? MARKUP_TEXT | TEXT_ENTITIES : MARKUP_TEXT,
      start,
      end,
      open.ordinal,
    );
    return;
  }
  const raw = s.text.slice(start, end);
  const value = reportEntities(s, raw, start);
  if (trimXml(value) !== '') {
    const lead = start + (raw.length - trimXmlStart(raw).length);
    report(
      s,
      lead,
      Math.min(end, lead + trimXml(raw).length),
      s.rootSeen
        ? 'Text after the root element is not allowed'
        : 'Text before the root element is not allowed',
    );
  }
  s.top.push(new ParsedText(undefined, s.tree, value, raw, start, end));
}

/**
 * Where the next `&` is at or after `from` (the text's length when there is none). The scan moves
 * forward only, so the answer is kept until the scan passes it: one search over the whole text in all,
 * instead of a string and a search per text node.
 */
function nextAmpersand(s: Scanner, from: number): number {
  if (s.nextAmpersand < from) {
    const at = s.text.indexOf('&', from);
    s.nextAmpersand = at === -1 ? s.text.length : at;
  }
  return s.nextAmpersand;
}

/** `nextAmpersand` for `$`. */
function nextDollar(s: Scanner, from: number): number {
  if (s.nextDollar < from) {
    const at = s.text.indexOf('$', from);
    s.nextDollar = at === -1 ? s.text.length : at;
  }
  return s.nextDollar;
}

/**
 * Marks the open element when a text or CDATA child, as written, holds `$` or `&` (an entity may make a
 * `$`): only those children can read a `${variable}`, and the validator skips the rest unread.
 */
function noteDollar(s: Scanner, written: string): void {
  const open = s.stack[s.stack.length - 1];
  if (open && (written.indexOf('$') !== -1 || written.indexOf('&') !== -1))
    noteReading(s, open.ordinal);
}

/** Element `ordinal`'s markup node read next (called just before it is recorded) may read a variable. */
function noteReading(s: Scanner, ordinal: number): void {
  s.store.textMayRead[ordinal] = 1;
  s.store.readingMarkup.push(s.store.markupCount);
}

function parseDelimited(
  s: Scanner,
  open: string,
  close: string,
  what: string,
): [number, number] | undefined {
  const start = s.pos;
  const end = s.text.indexOf(close, start + open.length);
  if (end === -1) {
    report(
      s,
      start,
      Math.min(s.text.length, start + open.length),
      `Unterminated ${what}: '${close}' is missing`,
    );
    s.pos = s.text.length;
    return undefined;
  }
  s.pos = end + close.length;
  return [start + open.length, end];
}

function parseComment(s: Scanner): void {
  const start = s.pos;
  const span = parseDelimited(s, '<!--', '-->', 'comment');
  if (!span) return;
  const value = s.text.slice(span[0], span[1]);
  const dashes = value.indexOf('--');
  if (dashes !== -1 || value.endsWith('-')) {
    const at = dashes !== -1 ? span[0] + dashes : span[1] - 1;
    report(s, at, at + 2, "'--' is not allowed inside a comment");
  }
  if (!addMarkupInside(s, MARKUP_COMMENT, start, s.pos))
    s.top.push(new ParsedMarkup(undefined, s.tree, 'comment', value, start, s.pos));
}

function parseCData(s: Scanner): void {
  const start = s.pos;
  if (s.stack.length === 0) report(s, start, start + 9, 'CDATA is only allowed inside an element');
  const span = parseDelimited(s, '<![CDATA[', ']]>', 'CDATA section');
  if (!span) return;
  const value = s.text.slice(span[0], span[1]);
  noteDollar(s, value);
  if (!addMarkupInside(s, MARKUP_CDATA, start, s.pos))
    s.top.push(new ParsedMarkup(undefined, s.tree, 'cdata', value, start, s.pos));
}

function parseProcessingInstruction(s: Scanner): void {
  const start = s.pos;
  const span = parseDelimited(s, '<?', '?>', 'processing instruction');
  if (!span) return;
  const value = s.text.slice(span[0], span[1]);
  const isDecl = /^xml(\s|$)/i.test(value);
  if (isDecl && start !== 0)
    report(s, start, s.pos, 'The XML declaration must be at the very start of the document');
  if (!addMarkupInside(s, MARKUP_PI, start, s.pos))
    s.top.push(new ParsedMarkup(undefined, s.tree, 'pi', value, start, s.pos));
}

/** `<!DOCTYPE …>` is refused: DTDs bring entity expansion, which a dialplan never needs. */
function skipDoctype(s: Scanner): void {
  const start = s.pos;
  let depth = 0;
  let i = start + 2;
  for (; i < s.text.length; i++) {
    const c = s.text.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === Ch.Gt && depth <= 0) break;
  }
  s.pos = Math.min(s.text.length, i + 1);
  report(
    s,
    start,
    Math.min(s.pos, start + 9),
    'DOCTYPE is not allowed in a dialplan (DTDs and their entities are refused)',
    'xml-doctype',
  );
}

/**
 * Reads `="value"` after an attribute name and records the attribute. One pass over the value finds the
 * closing quote and notes what reading it will need (entities, line breaks); no string is made here.
 */
function parseAttributeValue(
  s: Scanner,
  nameStart: number,
  nameEnd: number,
  nameHash: number,
): void {
  skipSpace(s);
  if (s.text.charCodeAt(s.pos) !== Ch.Eq) {
    report(
      s,
      nameStart,
      nameEnd,
      `Attribute '${s.text.slice(nameStart, nameEnd)}' has no value: write ${s.text.slice(nameStart, nameEnd)}="…"`,
    );
    return;
  }
  s.pos++;
  skipSpace(s);
  const q = s.text.charCodeAt(s.pos);
  if (q !== Ch.Quote && q !== Ch.Apos) {
    report(
      s,
      s.pos,
      s.pos + 1,
      `The value of attribute '${s.text.slice(nameStart, nameEnd)}' must be in quotes`,
    );
    return;
  }
  const valueStart = s.pos + 1;
  let flags = q === Ch.Apos ? APOSTROPHE : 0;
  let i = valueStart;
  const text = s.text;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every character this loop looks for is '<' or below: letters and digits cost one comparison.
    if (c > Ch.Lt) continue;
    if (c === q || c === Ch.Lt) break;
    if (c === Ch.Amp) flags |= HAS_ENTITIES;
    else if (c === Ch.Dollar) flags |= HAS_DOLLAR;
    else if (c === Ch.Tab || c === Ch.LF || c === Ch.CR) flags |= HAS_BREAKS;
  }
  if (text.charCodeAt(i) !== q) {
    report(
      s,
      s.pos,
      s.pos + 1,
      `The value of attribute '${s.text.slice(nameStart, nameEnd)}' is not closed, or contains '<' (write &lt;)`,
    );
    s.pos = i;
    return;
  }
  s.pos = i + 1;
  if (flags & HAS_ENTITIES) reportEntities(s, text.slice(valueStart, i), valueStart);
  const nameId = internName(s.store, nameStart, nameEnd, nameHash);
  addAttribute(s.store, nameId, nameStart, valueStart, i, flags);
}

/** Whether attributes `[first, end)` include the name `nameId` (case-insensitively). */
/** ASCII letters folded, as `sameNameIgnoringCase` compares: the key under which two names are the same. */
function foldedName(name: string): string {
  return name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

/** Past this many attributes on one tag, duplicates are found through a set (a scan of each is quadratic). */
const ATTRIBUTES_SCANNED = 16;

/**
 * Whether attribute `nameId` (the last one read) was already written on this tag. A tag with thousands of
 * attributes (hostile input) is checked through `seen`, built once, so the whole tag stays linear.
 */
function isWrittenBefore(
  store: TreeArena,
  first: number,
  end: number,
  nameId: number,
  seen: Set<string> | undefined,
): boolean {
  if (seen) {
    const key = foldedName(store.names[nameId] ?? '');
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  }
  // Names spelled alike ignoring case share a fold id (`TreeArena.nameFold`): integers, not strings.
  const fold = store.nameFold[nameId];
  for (let i = first; i < end; i++) if (store.nameFold[store.nameId[i] ?? 0] === fold) return true;
  return false;
}

function namesSoFar(store: TreeArena, first: number, end: number): Set<string> {
  const seen = new Set<string>();
  for (let i = first; i < end; i++) seen.add(foldedName(attributeName(store, i)));
  return seen;
}

/** Reads attributes up to `>` or `/>`. Returns whether the tag closed itself, or undefined if cut off. */
function parseAttributes(s: Scanner): boolean | undefined {
  const first = s.store.attributeCount;
  let seen: Set<string> | undefined;
  for (;;) {
    const before = s.pos;
    skipSpace(s);
    const c = s.text.charCodeAt(s.pos);
    if (c === Ch.Gt) {
      s.pos++;
      return false;
    }
    if (c === Ch.Slash && s.text.charCodeAt(s.pos + 1) === Ch.Gt) {
      s.pos += 2;
      return true;
    }
    if (s.pos >= s.text.length || c === Ch.Lt) return undefined;
    if (s.pos === before && s.store.attributeCount > first) {
      report(s, s.pos, s.pos + 1, 'Attributes must be separated by white space');
    }
    const nameStart = s.pos;
    const nameHash = scanName(s);
    if (s.pos === nameStart) {
      report(s, s.pos, s.pos + 1, `Unexpected character '${s.text[s.pos]}' in a tag`);
      s.pos++;
      continue;
    }
    const nameEnd = s.pos;
    const count = s.store.attributeCount;
    parseAttributeValue(s, nameStart, nameEnd, nameHash);
    if (s.store.attributeCount === count) continue;
    const nameId = s.store.nameId[count] ?? 0;
    if (!seen && count - first > ATTRIBUTES_SCANNED) seen = namesSoFar(s.store, first, count);
    if (isWrittenBefore(s.store, first, count, nameId, seen))
      report(s, nameStart, nameEnd, `Attribute '${s.store.names[nameId]}' is written twice`);
  }
}

function parseStartTag(s: Scanner): void {
  const start = s.pos;
  s.pos++;
  const tagId = readTag(s);
  if (tagId === -1) {
    report(s, start, start + 1, "'<' must start a tag: write &lt; for a literal '<'");
    parseTextFrom(s, start);
    return;
  }
  const tagName = s.store.tags[tagId] as string;
  if (s.stack.length === 0 && s.rootSeen)
    report(s, start, s.pos, 'Only one root element is allowed');
  if (s.stack.length >= MAX_DEPTH) {
    report(
      s,
      start,
      s.pos,
      `Elements are nested more than ${MAX_DEPTH} deep: the rest of the document is not read`,
      'xml-depth',
    );
    s.pos = s.text.length;
    return;
  }
  const code = s.tagTable.codes[tagId] ?? 0;
  const element = new ParsedElement(
    s.tree,
    nextOrdinal(s.ordinals),
    ALL_KINDS[code] as ElementKind,
  );
  if (s.stack.length === 0) s.top.push(element);
  const ordinal = recordOrdinal(s, element, tagId, start);
  s.store.kind[ordinal] = code;
  if (s.stack.length === 0) s.rootSeen = true;
  const selfClosing = parseAttributes(s);
  if (selfClosing === undefined)
    report(s, start, start + 1 + tagName.length, `Tag <${tagName}> is not closed with '>'`);
  s.store.openEnd[ordinal] = s.pos;
  s.store.end[ordinal] = s.pos;
  if (selfClosing === true) s.store.selfClosing[ordinal] = 1;
  else pushOpen(s, element, tagName, ordinal);
}

/**
 * Entries are reused per depth rather than made per element (11,000 short-lived objects on the generated
 * poll): a popped entry is read at once, before anything is pushed at its depth again.
 */
function pushOpen(s: Scanner, element: ParsedElement, tagName: string, ordinal: number): void {
  const depth = s.stack.length;
  let open = s.frames[depth];
  if (open === undefined) {
    open = { element, tagName, ordinal: 0, elementCount: 0 };
    s.frames[depth] = open;
  }
  open.element = element;
  open.tagName = tagName;
  open.ordinal = ordinal;
  open.elementCount = 0;
  s.stack.push(open);
}

function recordOrdinal(s: Scanner, element: ParsedElement, tagId: number, start: number): number {
  const open = s.stack[s.stack.length - 1];
  if (!open) return recordElement(s.ordinals, element, tagId, start, -1, s.ordinals.topElements++);
  return recordElement(s.ordinals, element, tagId, start, open.ordinal, open.elementCount++);
}

/**
 * Recovery: a stray `<` is read as text up to the next `<` that may start markup. Further stray `<` join
 * the same text, so a file of a million `<` is one node and one diagnostic, not a million.
 */
function parseTextFrom(s: Scanner, start: number): void {
  let end = start + 1;
  for (;;) {
    end = s.text.indexOf('<', end);
    if (end === -1) {
      end = s.text.length;
      break;
    }
    if (mayStartMarkup(s.text.charCodeAt(end + 1))) break;
    end++;
  }
  const raw = s.text.slice(start, end);
  noteDollar(s, raw);
  if (!addMarkupInside(s, MARKUP_TEXT | RAW_TEXT, start, end))
    s.top.push(new ParsedText(undefined, s.tree, raw, raw, start, end));
  s.pos = end;
}

function closeElement(s: Scanner, open: OpenElement, closeStart: number, closeEnd: number): void {
  s.store.closeStart[open.ordinal] = closeStart;
  s.store.end[open.ordinal] = closeEnd;
}

/**
 * Fast path for the usual case, `</name>` closing the innermost open element: matched in place,
 * without slicing the name out of the text (one string less per element).
 */
function closesInnermost(s: Scanner): boolean {
  const open = s.stack[s.stack.length - 1];
  if (!open) return false;
  const name = open.tagName;
  const after = s.pos + 2 + name.length;
  if (s.text.charCodeAt(after) !== Ch.Gt || !s.text.startsWith(name, s.pos + 2)) return false;
  const start = s.pos;
  s.pos = after + 1;
  closeElement(s, popOpen(s), start, s.pos);
  return true;
}

function parseEndTag(s: Scanner): void {
  if (closesInnermost(s)) return;
  const start = s.pos;
  s.pos += 2;
  const name = readName(s);
  skipSpace(s);
  if (s.text.charCodeAt(s.pos) === Ch.Gt) s.pos++;
  else report(s, start, s.pos, `End tag </${name}> is not closed with '>'`);
  const depth = findOpen(s, name);
  if (depth === -1) {
    report(
      s,
      start,
      s.pos,
      name ? `Unexpected end tag </${name}>: no <${name}> is open` : 'Empty end tag',
    );
    return;
  }
  while (s.stack.length - 1 > depth) {
    const unclosed = popOpen(s);
    reportUnclosed(s, unclosed, `before </${name}>`);
    s.store.end[unclosed.ordinal] = start;
  }
  closeElement(s, popOpen(s), start, s.pos);
}

function findOpen(s: Scanner, name: string): number {
  for (let i = s.stack.length - 1; i >= 0; i--) {
    if (s.stack[i]?.tagName === name) return i;
  }
  return -1;
}

function reportUnclosed(s: Scanner, open: OpenElement, where: string): void {
  report(
    s,
    open.element.start,
    open.element.start + 1 + open.tagName.length,
    `<${open.tagName}> is never closed (${where})`,
  );
}

function parseMarkup(s: Scanner): void {
  const t = s.text;
  const next = t.charCodeAt(s.pos + 1);
  if (next === Ch.Slash) parseEndTag(s);
  else if (next === Ch.Bang) {
    if (t.startsWith('<!--', s.pos)) parseComment(s);
    else if (t.startsWith('<![CDATA[', s.pos)) parseCData(s);
    else if (t.slice(s.pos, s.pos + 9).toUpperCase() === '<!DOCTYPE') skipDoctype(s);
    else {
      report(s, s.pos, s.pos + 2, "Unknown markup '<!': expected a comment <!-- … --> or CDATA");
      parseTextFrom(s, s.pos);
    }
  } else if (next === Ch.Question) parseProcessingInstruction(s);
  else parseStartTag(s);
}

/**
 * NUL (U+0000) is not allowed anywhere in XML. It is reported where it stands rather than refused, so
 * the text (typed, pasted or imported) still opens and nothing is lost.
 */
function reportNulCharacters(s: Scanner): void {
  for (let at = s.text.indexOf('\0'); at !== -1; at = s.text.indexOf('\0', at + 1)) {
    report(s, at, at + 1, 'A NUL character (U+0000) is not allowed in XML: delete it', 'xml-nul');
  }
}

/** The last diagnostic says how many were left out past the cap, so a capped list is not taken as all. */
function reportNotShown(s: Scanner): void {
  if (s.notShown === 0) return;
  const last = s.diagnostics[s.diagnostics.length - 1];
  s.diagnostics.push({
    ruleId: 'xml-syntax',
    severity: 'error',
    message: `… ${s.notShown.toLocaleString('en-US')} more errors not shown (the parser reports at most ${MAX_DIAGNOSTICS})`,
    range: last?.range ?? s.map.eagerRange(0, 0),
  });
}

/**
 * Parses dialplan text into a tree with positions, plus diagnostics. Never throws.
 *
 * @example
 * const { document, diagnostics } = parseDialplan('<dialplan><hangup/></dialplan>');
 * document.root?.children[0]; // the <hangup> element, id '/dialplan/hangup[1]'
 */
export function parseDialplan(text: string): ParseResult {
  return runToEnd(parseDialplanSteps(text));
}

/**
 * `parseDialplan` pausing (yielding the share of the text read, 0 to 1) after about every
 * `charsPerStep` characters, so that a caller can spread a big text's parse over several tasks and
 * keep the page responsive. The text must not change meanwhile. Same result.
 */
export function* parseDialplanSteps(
  text: string,
  charsPerStep = Infinity,
): Generator<number, ParseResult, void> {
  const map = new PositionMapper(text);
  const top: ChildNode[] = [];
  const store = createArena(text);
  const s: Scanner = {
    text,
    pos: 0,
    map,
    diagnostics: [],
    notShown: 0,
    stack: [],
    frames: [],
    store,
    tree: { map, top, store },
    interned: createInternTable(),
    tagTable: { slots: new Int32Array(TAG_SLOTS), codes: [] },
    nextAmpersand: -1,
    nextDollar: -1,
    top,
    rootSeen: false,
    ordinals: createRecorder(store),
  };
  if (text.charCodeAt(0) === 0xfeff) s.pos = 1; // a byte-order mark is not content
  let pauseAt = s.pos + charsPerStep;
  while (s.pos < text.length) {
    if (text.charCodeAt(s.pos) === Ch.Lt) parseMarkup(s);
    else parseText(s);
    if (s.pos < pauseAt) continue;
    yield s.pos / text.length;
    pauseAt = s.pos + charsPerStep;
  }
  while (s.stack.length > 0) {
    const open = popOpen(s);
    reportUnclosed(s, open, 'the document ends first');
    s.store.end[open.ordinal] = text.length;
  }
  const root = s.top.find((n): n is ElementNode => n.type === 'element');
  if (!root)
    report(
      s,
      0,
      Math.min(1, text.length),
      'The document has no root element: a dialplan starts with <dialplan>',
    );
  reportNulCharacters(s);
  reportNotShown(s);
  const document: DialplanDocument = { type: 'document', children: s.top, root, source: text };
  const index = finishRecorder(s.ordinals);
  s.tree.index = index;
  recordElementIndex(document, index);
  return { document, diagnostics: s.diagnostics };
}
