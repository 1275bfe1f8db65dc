/**
 * Tree nodes as the parser builds them: they keep offsets and make `Range` objects only when read.
 * A large dialplan has ~100,000 ranges and the views read a few, so this keeps parsing fast (fewer
 * objects for the garbage collector). To the rest of core they are plain `ElementNode`/`AttributeNode`s.
 */
import type { AttributeNode, ChildNode, ElementKind, ElementNode, Range } from '../ast/types.ts';
import type { PositionMapper } from './positions.ts';

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

export class ParsedElement implements ElementNode {
  readonly type = 'element';
  id = '';
  attributes: AttributeNode[] = [];
  children: ChildNode[] = [];
  selfClosing = false;
  /** End of the start tag (after `>`). */
  openEnd: number;
  /** Start of the end tag, or -1 when there is none. */
  closeStart = -1;
  /** End of the whole element. */
  end: number;

  constructor(
    private readonly map: PositionMapper,
    readonly kind: ElementKind,
    readonly tagName: string,
    readonly start: number,
  ) {
    this.openEnd = start;
    this.end = start;
  }

  get range(): Range {
    return this.map.range(this.start, this.end);
  }

  get openTagRange(): Range {
    return this.map.range(this.start, this.openEnd);
  }

  get closeTagRange(): Range | undefined {
    return this.closeStart === -1 ? undefined : this.map.range(this.closeStart, this.end);
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
