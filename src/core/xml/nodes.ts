/**
 * Tree nodes as the parser builds them: they keep offsets and make `Range` objects only when read.
 * A large dialplan has ~100,000 ranges and the views read a few, so this keeps parsing fast (fewer
 * objects for the garbage collector). To the rest of core they are plain `ElementNode`/`AttributeNode`s.
 */
import type {
  AttributeNode,
  CDataNode,
  ChildNode,
  CommentNode,
  ElementKind,
  ElementNode,
  ProcessingInstructionNode,
  Range,
  TextNode,
} from '../ast/types.ts';
import { assignSiblingIds } from '../ast/ids.ts';
import { groupByParent, type ElementIndex } from '../ast/element-index.ts';
import type { PositionMapper } from './positions.ts';
import {
  APOSTROPHE,
  attributeEndOf,
  attributeMayReadVariable,
  attributeName,
  attributeRaw,
  attributeValue,
  attributeValueHash,
  attributeValueIs,
  findAttribute,
  firstAttributeOf,
  MARKUP_CDATA,
  MARKUP_COMMENT,
  MARKUP_KIND_MASK,
  MARKUP_TEXT,
  markupValue,
  type TreeArena,
} from './arena.ts';

/**
 * Ids (paths such as `/dialplan/menu[2]/stash`) are made on first read, a whole sibling list at a time:
 * validation and the CLI never read most of them, and building ~20,000 path strings per parse was a
 * fifth of the parse time. The tree is immutable once parsed, so a cached id never goes stale.
 */
/** What every node of one parse shares: one pointer per node instead of two. */
export interface ParsedTree {
  map: PositionMapper;
  /** The document's top-level list (where a node is when it has no parent element). */
  top: ChildNode[];
  /** Offsets and attributes in typed arrays (see store.ts). */
  store: TreeArena;
  /** The parse's child element lists, set when the parse is complete (children are read after that). */
  index?: ElementIndex;
  /** The markup nodes (text, comments …) of each element: made on the first read of any `children`. */
  markupLists?: { start: Int32Array; list: Int32Array };
  // What elements make on first read, by ordinal (kept here so that an element object stays small).
  ids?: (string | undefined)[];
  children?: (ChildNode[] | undefined)[];
  attributes?: (AttributeNode[] | undefined)[];
}

/** A slot per element of the tree, all empty. */
function perElement<T>(tree: ParsedTree): (T | undefined)[] {
  return new Array<T | undefined>(tree.store.elements.length).fill(undefined);
}

/**
 * The children of element `ordinal`: its child elements (from the parse's index) and its markup nodes
 * (made now from the typed arrays), merged in document order.
 */
function childrenOf(tree: ParsedTree, ordinal: number): ChildNode[] {
  const { store, index } = tree;
  if (index === undefined) return NO_CHILDREN;
  const markup = (tree.markupLists ??= groupByParent(
    store.markupParent.subarray(0, store.markupCount),
    store.elements.length,
  ));
  let e = index.kidStart[ordinal] ?? 0;
  const eEnd = index.kidStart[ordinal + 1] ?? 0;
  let m = markup.start[ordinal] ?? 0;
  const mEnd = markup.start[ordinal + 1] ?? 0;
  if (e === eEnd && m === mEnd) return NO_CHILDREN;
  const parent = store.elements[ordinal] as ParsedElement;
  const out: ChildNode[] = [];
  while (e < eEnd || m < mEnd) {
    const kid = e < eEnd ? (index.kidList[e] ?? 0) : -1;
    const item = m < mEnd ? (markup.list[m] ?? 0) : -1;
    if (item === -1 || (kid !== -1 && (store.start[kid] ?? 0) < (store.markupStart[item] ?? 0))) {
      out.push(store.elements[kid] as ChildNode);
      e++;
    } else {
      out.push(markupNode(tree, item, parent));
      m++;
    }
  }
  return out;
}

/** Markup node `item` of the parse as an object (its strings are cut from the text now). */
function markupNode(tree: ParsedTree, item: number, parent: ParsedElement): ChildNode {
  const store = tree.store;
  const start = store.markupStart[item] ?? 0;
  const end = store.markupEnd[item] ?? 0;
  const value = markupValue(store, item);
  switch ((store.markupType[item] ?? 0) & MARKUP_KIND_MASK) {
    case MARKUP_TEXT:
      return new ParsedText(parent, tree, value, store.text.slice(start, end), start, end);
    case MARKUP_COMMENT:
      return new ParsedMarkup(parent, tree, 'comment', value, start, end);
    case MARKUP_CDATA:
      return new ParsedMarkup(parent, tree, 'cdata', value, start, end);
    default:
      return new ParsedMarkup(parent, tree, 'pi', value, start, end);
  }
}

abstract class LazyIdNode {
  private cachedId: string | undefined;

  constructor(protected readonly tree: ParsedTree) {}

  /** The element this node stands in, or undefined at the top level. */
  abstract get parentElement(): ParsedElement | undefined;

  get id(): string {
    if (this.cachedId === undefined) {
      const parent = this.parentElement;
      assignSiblingIds(parent ? parent.children : this.tree.top, parent ? parent.id : '');
    }
    return this.cachedId ?? '';
  }

  set id(value: string) {
    this.cachedId = value;
  }
}

export class ParsedText extends LazyIdNode implements TextNode {
  constructor(
    readonly parentElement: ParsedElement | undefined,
    tree: ParsedTree,
    readonly value: string,
    readonly raw: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(tree);
  }

  // On the prototype, not in every node: the tree is smaller and so is the garbage collector's work.
  get type(): 'text' {
    return 'text';
  }

  get range(): Range {
    return this.tree.map.range(this.start, this.end);
  }

  toJSON(): TextNode {
    const { type, id, value, raw, range } = this;
    return { type, id, value, raw, range };
  }
}

/** A comment, CDATA section or processing instruction: a value between delimiters. */
export class ParsedMarkup extends LazyIdNode {
  constructor(
    readonly parentElement: ParsedElement | undefined,
    tree: ParsedTree,
    readonly type: 'comment' | 'cdata' | 'pi',
    readonly value: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(tree);
  }

  get range(): Range {
    return this.tree.map.range(this.start, this.end);
  }

  toJSON(): CommentNode | CDataNode | ProcessingInstructionNode {
    const { type, id, value, range } = this;
    return { type, id, value, range };
  }
}

export class ParsedAttribute implements AttributeNode {
  constructor(
    private readonly map: PositionMapper,
    readonly name: string,
    readonly value: string,
    readonly raw: string,
    readonly quote: '"' | "'",
    private readonly nameStart: number,
    private readonly valueStart: number,
  ) {}

  get range(): Range {
    return this.map.range(this.nameStart, this.valueStart + this.raw.length + 1);
  }

  get nameRange(): Range {
    return this.map.range(this.nameStart, this.nameStart + this.name.length);
  }

  get valueRange(): Range {
    return this.map.range(this.valueStart, this.valueStart + this.raw.length);
  }

  toJSON(): AttributeNode {
    const { name, value, raw, quote, range, nameRange, valueRange } = this;
    return { name, value, raw, quote, range, nameRange, valueRange };
  }
}

/**
 * Shared empty lists for the many elements without attributes or children (never mutated: the parser
 * assigns fresh arrays, and edits work on text, not on trees).
 */
const NO_ATTRIBUTES: AttributeNode[] = [];
const NO_CHILDREN: ChildNode[] = [];

/**
 * An element: its kind, name and children here, its offsets and attributes in the parse's typed arrays
 * (`TreeArena`, by `ordinal`). Attribute objects are made on first read of `attributes`; the
 * validator reads names and values through `attributeIndex`/`attributeValueAt` without making them.
 */
export class ParsedElement implements ElementNode {
  constructor(
    /** Three fields only: 11,000 elements are what a young-generation collection copies mid-parse. */
    private readonly tree: ParsedTree,
    /** The element's place in document order, its index in the `TreeArena`. */
    readonly ordinal: number,
    /** Kept here too: rules read it for nearly every element, many times. */
    readonly kind: ElementKind,
  ) {}

  get tagName(): string {
    const store = this.tree.store;
    return store.tags[store.tagId[this.ordinal] ?? 0] ?? '';
  }

  get id(): string {
    const ids = (this.tree.ids ??= perElement(this.tree));
    if (ids[this.ordinal] === undefined) {
      const parent = this.parentElement;
      assignSiblingIds(parent ? parent.children : this.tree.top, parent ? parent.id : '');
    }
    return ids[this.ordinal] ?? '';
  }

  set id(value: string) {
    (this.tree.ids ??= perElement(this.tree))[this.ordinal] = value;
  }

  /** Made on first read from the parse's arrays (most elements' children are never read by validation). */
  get children(): ChildNode[] {
    const lists = (this.tree.children ??= perElement(this.tree));
    return (lists[this.ordinal] ??= childrenOf(this.tree, this.ordinal));
  }

  get type(): 'element' {
    return 'element';
  }

  get parentElement(): ParsedElement | undefined {
    const store = this.tree.store;
    const parent = store.parent[this.ordinal] ?? -1;
    return parent === -1 ? undefined : (store.elements[parent] as ParsedElement);
  }

  get start(): number {
    return this.tree.store.start[this.ordinal] ?? 0;
  }

  /** End of the start tag (after `>`). */
  get openEnd(): number {
    return this.tree.store.openEnd[this.ordinal] ?? 0;
  }

  /** Start of the end tag, or -1 when there is none. */
  get closeStart(): number {
    return this.tree.store.closeStart[this.ordinal] ?? -1;
  }

  /** End of the whole element. */
  get end(): number {
    return this.tree.store.end[this.ordinal] ?? 0;
  }

  get selfClosing(): boolean {
    return this.tree.store.selfClosing[this.ordinal] === 1;
  }

  get attributes(): AttributeNode[] {
    const lists = (this.tree.attributes ??= perElement(this.tree));
    return (lists[this.ordinal] ??= this.makeAttributes());
  }

  attributeCount(): number {
    const store = this.tree.store;
    return attributeEndOf(store, this.ordinal) - firstAttributeOf(store, this.ordinal);
  }

  /** The store index of this element's `k`-th attribute. */
  private attributeSlot(k: number): number {
    return firstAttributeOf(this.tree.store, this.ordinal) + k;
  }

  attributeNameAt(k: number): string {
    return attributeName(this.tree.store, this.attributeSlot(k));
  }

  /** False when the value surely reads no `${variable}` (checked without making the value). */
  attributeMayReadVariable(k: number): boolean {
    return attributeMayReadVariable(this.tree.store, this.attributeSlot(k));
  }

  attributeValueHash(k: number): number {
    return attributeValueHash(this.tree.store, this.attributeSlot(k));
  }

  attributeValueIs(k: number, expected: string): boolean {
    return attributeValueIs(this.tree.store, this.attributeSlot(k), expected);
  }

  attributeValueAt(k: number): string {
    return attributeValue(this.tree.store, this.attributeSlot(k));
  }

  /** The position of the attribute called `name` (exact spelling first, then any case), or -1. */
  attributeIndex(name: string): number {
    const store = this.tree.store;
    const first = firstAttributeOf(store, this.ordinal);
    const found = findAttribute(store, first, attributeEndOf(store, this.ordinal), name);
    return found === -1 ? -1 : found - first;
  }

  /** The parse's typed arrays, where this element's attributes are (indexes `firstAttributeOf` on). */
  get arena(): TreeArena {
    return this.tree.store;
  }

  get range(): Range {
    return this.tree.map.range(this.start, this.end);
  }

  get openTagRange(): Range {
    return this.tree.map.range(this.start, this.openEnd);
  }

  get closeTagRange(): Range | undefined {
    const closeStart = this.closeStart;
    return closeStart === -1 ? undefined : this.tree.map.range(closeStart, this.end);
  }

  private makeAttributes(): AttributeNode[] {
    const store = this.tree.store;
    const first = firstAttributeOf(store, this.ordinal);
    const end = attributeEndOf(store, this.ordinal);
    if (first === end) return NO_ATTRIBUTES;
    const out: AttributeNode[] = [];
    for (let i = first; i < end; i++) {
      const raw = attributeRaw(store, i);
      out.push(
        new ParsedAttribute(
          this.tree.map,
          attributeName(store, i),
          attributeValue(store, i),
          raw,
          (store.attributeFlags[i] ?? 0) & APOSTROPHE ? "'" : '"',
          store.nameStart[i] ?? 0,
          store.valueStart[i] ?? 0,
        ),
      );
    }
    return out;
  }

  toJSON(): ElementNode {
    const { type, id, kind, tagName, attributes, children, selfClosing, range, openTagRange } =
      this;
    const closeTagRange = this.closeTagRange;
    return {
      type,
      id,
      kind,
      tagName,
      attributes,
      children,
      selfClosing,
      range,
      openTagRange,
      ...(closeTagRange ? { closeTagRange } : {}),
    };
  }
}
