/**
 * The numbers of one parse in typed arrays: every element's offsets, parent and attribute span by its
 * ordinal (document order), and every attribute's offsets by its index.
 *
 * Why: objects are what the garbage collector copies. A 0.5 MB dialplan has ~11,000 elements and
 * ~16,000 attributes; as objects they were half of the parse's 8 MB, and every young-generation
 * collection during validation copied them. Typed arrays live outside the JavaScript heap, so the tree
 * keeps one small object per element and attributes become objects only when someone asks for them
 * (`ParsedElement.attributes`). The validator reads names and values straight from here.
 */
import { createInternTable, internSlice, type InternTable } from './intern.ts';
import { decodeEntities } from './entities.ts';
import type { ElementNode } from '../ast/types.ts';
import { hashChars, sameNameIgnoringCase } from '../ast/names.ts';

/** `TreeArena.attributeFlags`: the value was written between apostrophes. */
export const APOSTROPHE = 1;
/** `TreeArena.attributeFlags`: the value holds `&`: reading it expands entities. */
export const HAS_ENTITIES = 2;
/** `TreeArena.attributeFlags`: the value holds a literal tab or line break: reading it makes spaces. */
export const HAS_BREAKS = 4;
/** `TreeArena.attributeFlags`: the value holds `$`, so it may read a `${variable}`. */
export const HAS_DOLLAR = 8;

/** `TreeArena.markupType`: a text node. */
export const MARKUP_TEXT = 0;
export const MARKUP_COMMENT = 1;
export const MARKUP_CDATA = 2;
export const MARKUP_PI = 3;
/** The low bits of `markupType` hold the kind; these flags sit above them. */
export const MARKUP_KIND_MASK = 3;
/** A text node read as written (a stray `<` recovered as text): its value is its raw text. */
export const RAW_TEXT = 4;
/** A text node holding `&`: its value expands entities. */
export const TEXT_ENTITIES = 8;

/** A hash slot table for attribute names (slot → name id + 1; 0 is empty). */
const NAME_SLOTS = 1024;

export interface TreeArena {
  readonly text: string;
  /**
   * Elements in document order: an element's ordinal is its index here. Grown by `push`, not made at
   * the estimated size: an array of more than 16,384 slots (128 KB) is allocated in the old generation,
   * and young elements it points to then survive every young-generation collection until a full one,
   * dead trees included (the generated poll's 11,000 elements fit a young array; its estimate did not).
   */
  readonly elements: ElementNode[];
  /** How many elements were read so far (`elements.length`). */
  elementCount: number;
  /** Each element's tag name as its index in `tags`, by ordinal. */
  tagId: Int32Array;
  /** The distinct tag names of this parse, as written. */
  readonly tags: string[];
  // By element ordinal.
  start: Int32Array;
  /** End of the start tag (after `>`). */
  openEnd: Int32Array;
  /** Start of the end tag, or -1 when there is none. */
  closeStart: Int32Array;
  end: Int32Array;
  /** The parent's ordinal, or -1 at the top level. */
  parent: Int32Array;
  /** The element's kind code (ast/kind-codes.ts). */
  kind: Uint8Array;
  /** 1 when a text or CDATA child holds `$` or `&` as written (so it may read a `${variable}`). */
  textMayRead: Uint8Array;
  /** The position among the parent's child elements. */
  position: Int32Array;
  /** The index of the element's first attribute; its last is before the next element's first. */
  firstAttribute: Int32Array;
  selfClosing: Uint8Array;
  // By attribute index.
  attributeCount: number;
  nameId: Int32Array;
  nameStart: Int32Array;
  valueStart: Int32Array;
  /** Where the closing quote is. */
  valueEnd: Int32Array;
  attributeFlags: Uint8Array;
  // Text, comments, CDATA and processing instructions inside elements, by their index (see `addMarkup`).
  markupCount: number;
  /** `MARKUP_*` kind, plus `RAW_TEXT` / `TEXT_ENTITIES` for text. */
  markupType: Uint8Array;
  markupStart: Int32Array;
  markupEnd: Int32Array;
  /** The ordinal of the element the node stands in. */
  markupParent: Int32Array;
  /**
   * The text and CDATA nodes inside elements that hold `$` or `&` as written, in document order: only
   * they may read a `${variable}`, and the validator reads them from here without making any node.
   */
  readonly readingMarkup: number[];
  /** The distinct attribute names of this parse, by name id (one string per name, not per attribute). */
  readonly names: string[];
  readonly nameSlots: Int32Array;
  /**
   * By name id, the id of the first name spelled the same ignoring ASCII case: two attributes of one
   * tag are the same attribute when these are equal (the parser's duplicate check compares integers).
   */
  readonly nameFold: number[];
  readonly foldIds: Map<string, number>;
  /** Values read more than once (`1`, `tts`, `default`) are made once. */
  readonly values: InternTable;
  /** `nameMatches`' answers, by the name asked for (a handful of names: `name`, `pressed`, `goto` …). */
  readonly matches: Map<string, NameMatch>;
}

/**
 * Which name ids are spelled `name` (1) or `name` in another case (2): finding an attribute by name
 * then compares small integers, not strings. A name may have several ids (see `internName`).
 */
export interface NameMatch {
  /** `names.length` when this was made: the parse may add names later. */
  known: number;
  byId: Uint8Array;
}

export function createArena(text: string): TreeArena {
  // About one element per 50 characters and one attribute per 35 in real dialplans; arrays double past that.
  const elements = Math.min(text.length >> 5, 1 << 16) + 16;
  const attributes = Math.min(text.length >> 4, 1 << 17) + 16;
  const markup = Math.min(text.length >> 6, 1 << 15) + 16;
  return {
    text,
    elements: [],
    tagId: new Int32Array(elements),
    tags: [],
    elementCount: 0,
    start: new Int32Array(elements),
    openEnd: new Int32Array(elements),
    closeStart: new Int32Array(elements),
    end: new Int32Array(elements),
    parent: new Int32Array(elements),
    kind: new Uint8Array(elements),
    textMayRead: new Uint8Array(elements),
    position: new Int32Array(elements),
    firstAttribute: new Int32Array(elements),
    selfClosing: new Uint8Array(elements),
    attributeCount: 0,
    nameId: new Int32Array(attributes),
    nameStart: new Int32Array(attributes),
    valueStart: new Int32Array(attributes),
    valueEnd: new Int32Array(attributes),
    attributeFlags: new Uint8Array(attributes),
    markupCount: 0,
    markupType: new Uint8Array(markup),
    markupStart: new Int32Array(markup),
    markupEnd: new Int32Array(markup),
    markupParent: new Int32Array(markup),
    readingMarkup: [],
    names: [],
    nameSlots: new Int32Array(NAME_SLOTS),
    nameFold: [],
    foldIds: new Map(),
    values: createInternTable(),
    matches: new Map(),
  };
}

function grown<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const copy = new (array.constructor as new (n: number) => T)(size);
  copy.set(array);
  return copy;
}

/** Gives the next element its ordinal and its start; offsets are completed as the parser goes. */
export function addElement(
  store: TreeArena,
  element: ElementNode,
  tagId: number,
  start: number,
  parent: number,
  position: number,
): number {
  const ordinal = store.elementCount++;
  if (ordinal === store.start.length) growElements(store, ordinal * 2);
  store.elements.push(element);
  store.tagId[ordinal] = tagId;
  store.start[ordinal] = start;
  store.openEnd[ordinal] = start;
  store.closeStart[ordinal] = -1;
  store.end[ordinal] = start;
  store.parent[ordinal] = parent;
  store.position[ordinal] = position;
  store.firstAttribute[ordinal] = store.attributeCount;
  return ordinal;
}

function growElements(store: TreeArena, size: number): void {
  store.start = grown(store.start, size);
  store.openEnd = grown(store.openEnd, size);
  store.closeStart = grown(store.closeStart, size);
  store.end = grown(store.end, size);
  store.parent = grown(store.parent, size);
  store.kind = grown(store.kind, size);
  store.tagId = grown(store.tagId, size);
  store.textMayRead = grown(store.textMayRead, size);
  store.position = grown(store.position, size);
  store.firstAttribute = grown(store.firstAttribute, size);
  store.selfClosing = grown(store.selfClosing, size);
}

/** Records an attribute of the element read last. */
export function addAttribute(
  store: TreeArena,
  nameId: number,
  nameStart: number,
  valueStart: number,
  valueEnd: number,
  flags: number,
): void {
  const index = store.attributeCount++;
  if (index === store.nameId.length) growAttributes(store, index * 2);
  store.nameId[index] = nameId;
  store.nameStart[index] = nameStart;
  store.valueStart[index] = valueStart;
  store.valueEnd[index] = valueEnd;
  store.attributeFlags[index] = flags;
}

function growAttributes(store: TreeArena, size: number): void {
  store.nameId = grown(store.nameId, size);
  store.nameStart = grown(store.nameStart, size);
  store.valueStart = grown(store.valueStart, size);
  store.valueEnd = grown(store.valueEnd, size);
  store.attributeFlags = grown(store.attributeFlags, size);
}

/**
 * Records a text, comment, CDATA or processing-instruction node inside element `parent`, spanning
 * `[start, end)`. Nodes inside elements are kept as numbers, and made objects only when someone reads
 * the element's `children`: 7,000 text objects per parse of the generated poll were the largest part
 * of what each young-generation collection copied during parse + validate.
 */
export function addMarkup(
  store: TreeArena,
  type: number,
  start: number,
  end: number,
  parent: number,
): void {
  const index = store.markupCount++;
  if (index === store.markupType.length) growMarkup(store, index * 2);
  store.markupType[index] = type;
  store.markupStart[index] = start;
  store.markupEnd[index] = end;
  store.markupParent[index] = parent;
}

function growMarkup(store: TreeArena, size: number): void {
  store.markupType = grown(store.markupType, size);
  store.markupStart = grown(store.markupStart, size);
  store.markupEnd = grown(store.markupEnd, size);
  store.markupParent = grown(store.markupParent, size);
}

/** The value of markup node `item`: a text decoded, a comment's, CDATA's or instruction's inside. */
export function markupValue(store: TreeArena, item: number): string {
  const type = store.markupType[item] ?? 0;
  const start = store.markupStart[item] ?? 0;
  const end = store.markupEnd[item] ?? 0;
  switch (type & MARKUP_KIND_MASK) {
    case MARKUP_TEXT: {
      const raw = store.text.slice(start, end);
      return (type & (TEXT_ENTITIES | RAW_TEXT)) === TEXT_ENTITIES
        ? decodeEntities(raw).value
        : raw;
    }
    case MARKUP_COMMENT:
      return store.text.slice(start + 4, end - 3);
    case MARKUP_CDATA:
      return store.text.slice(start + 9, end - 3);
    default:
      return store.text.slice(start + 2, end - 2);
  }
}

/** Where markup node `item`'s value starts in the text, or -1 when decoding made it differ. */
export function markupValueStart(store: TreeArena, item: number, value: string): number {
  const start = store.markupStart[item] ?? 0;
  switch ((store.markupType[item] ?? 0) & MARKUP_KIND_MASK) {
    case MARKUP_TEXT:
      return value.length === (store.markupEnd[item] ?? 0) - start &&
        store.text.startsWith(value, start)
        ? start
        : -1;
    case MARKUP_COMMENT:
      return start + 4;
    case MARKUP_CDATA:
      return start + 9;
    default:
      return start + 2;
  }
}

/** The hash `internName` files a name under (the scanner computes it as it reads the name). */
export function hashName(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** The id of the attribute name `text[start, end)`, the same for every attribute spelled the same. */
export function internName(
  store: TreeArena,
  start: number,
  end: number,
  hash = hashName(store.text, start, end),
): number {
  const text = store.text;
  const slot = hash & (NAME_SLOTS - 1);
  const known = (store.nameSlots[slot] ?? 0) - 1;
  if (known !== -1) {
    const name = store.names[known] as string;
    if (name.length === end - start && text.startsWith(name, start)) return known;
  }
  const id = store.names.length;
  const name = text.slice(start, end);
  store.names.push(name);
  store.nameSlots[slot] = id + 1;
  const folded = name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  let fold = store.foldIds.get(folded);
  if (fold === undefined) store.foldIds.set(folded, (fold = id));
  store.nameFold.push(fold);
  return id;
}

/** For each name id: 1 when it is spelled `name`, 2 when it is `name` in another case, else 0. */
export function nameMatches(store: TreeArena, name: string): Uint8Array {
  const names = store.names;
  // Loops ask for one name many times over (`varname` of every stash): the last answer is kept.
  if (lastStore === store && lastName === name && lastById.length === names.length) return lastById;
  let match = store.matches.get(name);
  if (match === undefined || match.known !== names.length) {
    const byId = new Uint8Array(names.length);
    for (let id = 0; id < names.length; id++) {
      const other = names[id] as string;
      byId[id] = other === name ? 1 : sameNameIgnoringCase(other, name) ? 2 : 0;
    }
    match = { known: names.length, byId };
    store.matches.set(name, match);
  }
  lastStore = store;
  lastName = name;
  lastById = match.byId;
  return match.byId;
}

/** Lets go of `nameMatches`' last answer, and with it of its parse (see `forgetSchemaRows`). */
export function forgetLastMatch(): void {
  lastStore = undefined;
  lastName = '';
  lastById = NO_MATCHES;
}

const NO_MATCHES = new Uint8Array(0);

/** `nameMatches`' last answer (the parse it was for, the name, the table). */
let lastStore: TreeArena | undefined;
let lastName = '';
let lastById: Uint8Array = new Uint8Array(0);

/**
 * The index of the attribute called `name` among `[first, end)` (exact spelling first, then any case),
 * or -1: as `attr()` finds it, by name id.
 */
export function findAttribute(store: TreeArena, first: number, end: number, name: string): number {
  return first === end ? -1 : findMatch(store, first, end, nameMatches(store, name));
}

/** `findAttribute` with the name's `nameMatches` at hand (a loop over many elements asks once). */
export function findMatch(store: TreeArena, first: number, end: number, byId: Uint8Array): number {
  const ids = store.nameId;
  let folded = -1;
  for (let i = first; i < end; i++) {
    const m = byId[ids[i] ?? 0];
    if (m === 1) return i;
    if (m === 2 && folded === -1) folded = i;
  }
  return folded;
}

/** The attributes of element `ordinal`: indexes `[first, end)`. */
export function firstAttributeOf(store: TreeArena, ordinal: number): number {
  return store.firstAttribute[ordinal] ?? 0;
}

export function attributeEndOf(store: TreeArena, ordinal: number): number {
  return ordinal + 1 < store.elementCount
    ? (store.firstAttribute[ordinal + 1] ?? 0)
    : store.attributeCount;
}

export function attributeName(store: TreeArena, index: number): string {
  return store.names[store.nameId[index] ?? 0] ?? '';
}

/** The value exactly as written between the quotes. */
export function attributeRaw(store: TreeArena, index: number): string {
  return internSlice(
    store.values,
    store.text,
    store.valueStart[index] ?? 0,
    store.valueEnd[index] ?? 0,
  );
}

/** The decoded value: entities expanded, literal tabs and newlines read as spaces (XML normalisation). */
export function attributeValue(store: TreeArena, index: number): string {
  const raw = attributeRaw(store, index);
  const flags = (store.attributeFlags[index] ?? 0) & (HAS_ENTITIES | HAS_BREAKS);
  if (flags === 0) return raw;
  const value = flags & HAS_ENTITIES ? decodeEntities(raw).value : raw;
  return flags & HAS_BREAKS ? value.replace(/\r\n|[\t\n\r]/g, ' ') : value;
}

/** A hash of the decoded value, computed on the source characters when nothing needs decoding. */
export function attributeValueHash(store: TreeArena, index: number): number {
  if (((store.attributeFlags[index] ?? 0) & (HAS_ENTITIES | HAS_BREAKS)) !== 0) {
    const value = attributeValue(store, index);
    return hashChars(value, 0, value.length);
  }
  return hashChars(store.text, store.valueStart[index] ?? 0, store.valueEnd[index] ?? 0);
}

/** Whether the decoded value is `expected`, compared in the source when nothing needs decoding. */
export function attributeValueIs(store: TreeArena, index: number, expected: string): boolean {
  if (((store.attributeFlags[index] ?? 0) & (HAS_ENTITIES | HAS_BREAKS)) !== 0)
    return attributeValue(store, index) === expected;
  const start = store.valueStart[index] ?? 0;
  return (
    (store.valueEnd[index] ?? 0) - start === expected.length &&
    store.text.startsWith(expected, start)
  );
}

/** Whether the value may read a `${variable}` (false means it surely does not: no `$` was written). */
export function attributeMayReadVariable(store: TreeArena, index: number): boolean {
  return ((store.attributeFlags[index] ?? 0) & (HAS_DOLLAR | HAS_ENTITIES)) !== 0;
}
