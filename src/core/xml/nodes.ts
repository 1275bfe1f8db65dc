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
import type { PositionMapper } from './positions.ts';

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
}

abstract class LazyIdNode {
  private cachedId: string | undefined;

  constructor(
    /** The element this node stands in, or undefined at the top level. */
    readonly parentElement: ParsedElement | undefined,
    protected readonly tree: ParsedTree,
  ) {}

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
    parent: ParsedElement | undefined,
    tree: ParsedTree,
    readonly value: string,
    readonly raw: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(parent, tree);
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
    parent: ParsedElement | undefined,
    tree: ParsedTree,
    readonly type: 'comment' | 'cdata' | 'pi',
    readonly value: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    super(parent, tree);
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

export class ParsedElement extends LazyIdNode implements ElementNode {
  attributes: AttributeNode[] = NO_ATTRIBUTES;
  children: ChildNode[] = NO_CHILDREN;
  selfClosing = false;
  /** End of the start tag (after `>`). */
  openEnd: number;
  /** Start of the end tag, or -1 when there is none. */
  closeStart = -1;
  /** End of the whole element. */
  end: number;

  constructor(
    parent: ParsedElement | undefined,
    tree: ParsedTree,
    readonly kind: ElementKind,
    readonly tagName: string,
    readonly start: number,
  ) {
    super(parent, tree);
    this.openEnd = start;
    this.end = start;
  }

  get type(): 'element' {
    return 'element';
  }

  get range(): Range {
    return this.tree.map.range(this.start, this.end);
  }

  get openTagRange(): Range {
    return this.tree.map.range(this.start, this.openEnd);
  }

  get closeTagRange(): Range | undefined {
    return this.closeStart === -1 ? undefined : this.tree.map.range(this.closeStart, this.end);
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
