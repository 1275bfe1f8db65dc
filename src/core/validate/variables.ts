/**
 * Where `${name}` variables are read and what sets them, for the undefined-variable and stash-read rules.
 * Only the innermost references are names (`${choice${n}}` reads `n`; the outer name is computed).
 */
import type { CDataNode, ChildNode, ElementNode, Range, TextNode } from '../ast/types.ts';
import { attributeCount, attributeMayReadVariable, attributeValueAt } from '../ast/query.ts';
import type { ValidationContext } from './types.ts';
import { ALL_KINDS } from '../ast/kind-codes.ts';
import { ParsedElement } from '../xml/nodes.ts';
import {
  attributeValue,
  HAS_DOLLAR,
  HAS_ENTITIES,
  markupValue,
  markupValueStart,
  type TreeArena,
} from '../xml/arena.ts';

export interface VariableRead {
  name: string;
  element: ElementNode;
  /** The element's ordinal (see types.ts). */
  ordinal: number;
  /** Where the `${name}` is written. */
  range(): Range;
}

export interface VariableUses {
  reads: VariableRead[];
  /** Names set by setvar, record, get and post, with the ordinals of the elements that set them. */
  assigned: Map<string, number[]>;
  /** Literal prefixes of computed setter names (`answer${n}` → `answer`): any name they start may be set. */
  assignedPrefixes: string[];
  /** Names only a stash writes (stash records a response; it creates no variable). */
  stashed: Set<string>;
}

const SETTERS = new Set(['setvar', 'record', 'get', 'post']);
/** By kind code: 1 for a setter, 2 for a stash (the kinds `noteWrite` looks at), else 0. */
const WRITES = Uint8Array.from(ALL_KINDS, (kind) =>
  SETTERS.has(kind) ? 1 : kind === 'stash' ? 2 : 0,
);
const SYSTEM_PREFIXES = ['call.', 'contact.', 'global.'];

/** Whether the platform itself supplies a variable (system, contact and date/time variables). */
export function isSystemVariable(name: string): boolean {
  return SYSTEM_PREFIXES.some((p) => name.startsWith(p));
}

/** Whether anything in the dialplan may set `name`. */
export function isAssigned(uses: VariableUses, name: string): boolean {
  return uses.assigned.has(name) || uses.assignedPrefixes.some((p) => name.startsWith(p));
}

export function collectVariableUses(ctx: ValidationContext): VariableUses {
  const uses: VariableUses = {
    reads: [],
    assigned: new Map(),
    assignedPrefixes: [],
    stashed: new Set(),
  };
  const { elements, kinds } = ctx;
  const first = elements[0];
  if (first instanceof ParsedElement && first.arena.elements === elements) {
    collectInArena(ctx, uses, first.arena);
    return uses;
  }
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as ElementNode;
    if (WRITES[kinds[i] ?? 0]) noteWrite(ctx, uses, element, i);
    const count = attributeCount(element);
    for (let k = 0; k < count; k++) {
      if (!attributeMayReadVariable(element, k)) continue;
      const value = attributeValueAt(element, k);
      if (value.includes('${'))
        findReads(ctx, uses, element, i, value, attributeOffset(element, k));
    }
    readTexts(ctx, uses, element, i);
  }
  return uses;
}

/**
 * The same, for the parser's elements, read from the parse's arrays: a byte per element says whether it
 * writes (its kind) or whether a child text may read (`textMayRead`), a byte per attribute whether its
 * value may (`$` or `&` written); element objects are touched only for those few.
 */
function collectInArena(ctx: ValidationContext, uses: VariableUses, store: TreeArena): void {
  const { elements, kinds } = ctx;
  const { attributeFlags, firstAttribute, textMayRead } = store;
  // The text and CDATA that may read, found from the parse's list: no child list or node is made.
  let reading: Map<number, number[]> | undefined;
  const count = elements.length;
  for (let i = 0; i < count; i++) {
    if (WRITES[kinds[i] ?? 0]) noteWrite(ctx, uses, elements[i] as ElementNode, i);
    const first = firstAttribute[i] ?? 0;
    const end = i + 1 < count ? (firstAttribute[i + 1] ?? 0) : store.attributeCount;
    for (let a = first; a < end; a++) {
      if (((attributeFlags[a] ?? 0) & (HAS_DOLLAR | HAS_ENTITIES)) === 0) continue;
      const value = attributeValue(store, a);
      if (value.includes('${'))
        findReads(
          ctx,
          uses,
          elements[i] as ElementNode,
          i,
          value,
          attributeOffset(elements[i] as ElementNode, a - first),
        );
    }
    if (textMayRead[i] === 0) continue;
    for (const item of (reading ??= readingMarkupByParent(store)).get(i) ?? NO_ITEMS) {
      const value = markupValue(store, item);
      if (value.includes('${'))
        findReads(ctx, uses, elements[i] as ElementNode, i, value, () =>
          markupValueStart(store, item, value),
        );
    }
  }
}

const NO_ITEMS: readonly number[] = [];

/** The parse's markup nodes that may read a variable, by the ordinal of the element they stand in. */
function readingMarkupByParent(store: TreeArena): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const item of store.readingMarkup) {
    const parent = store.markupParent[item] ?? -1;
    const items = byParent.get(parent);
    if (items) items.push(item);
    else byParent.set(parent, [item]);
  }
  return byParent;
}

/** The reads in the text and CDATA children of element `i`. */
function readTexts(
  ctx: ValidationContext,
  uses: VariableUses,
  element: ElementNode,
  i: number,
): void {
  const children = element.children;
  for (let k = 0; k < children.length; k++) {
    const c = children[k] as ChildNode;
    if ((c.type === 'text' || c.type === 'cdata') && c.value.includes('${'))
      findReads(ctx, uses, element, i, c.value, textOffset(c));
  }
}

function noteWrite(
  ctx: ValidationContext,
  uses: VariableUses,
  element: ElementNode,
  ordinal: number,
): void {
  const writes = WRITES[ctx.kinds[ordinal] ?? 0];
  if (!writes) return;
  const isSetter = writes === 1;
  const name = ctx.varnameOf(ordinal);
  if (!name) return;
  const dynamic = name.indexOf('${');
  if (!isSetter) uses.stashed.add(name);
  else if (dynamic === -1) {
    const setters = uses.assigned.get(name);
    if (setters) setters.push(ordinal);
    else uses.assigned.set(name, [ordinal]);
  } else uses.assignedPrefixes.push(name.slice(0, dynamic));
}

/** Maps an index in the decoded value to a source offset, or -1 when entities make them differ. */
type OffsetOf = () => number;

function attributeOffset(element: ElementNode, k: number): OffsetOf {
  return () => {
    const a = element.attributes[k];
    return a && a.raw === a.value ? a.valueRange.start.offset : -1;
  };
}

function textOffset(node: TextNode | CDataNode): OffsetOf {
  if (node.type === 'cdata') return () => node.range.start.offset + '<![CDATA['.length;
  return () => (node.raw === node.value ? node.range.start.offset : -1);
}

function findReads(
  ctx: ValidationContext,
  uses: VariableUses,
  element: ElementNode,
  ordinal: number,
  value: string,
  base: OffsetOf,
): void {
  // A plain scan rather than matchAll: no regex clone or match arrays for every reference.
  let open = value.indexOf('${');
  while (open !== -1) {
    const close = value.indexOf('}', open + 2);
    if (close === -1) return;
    const inner = value.lastIndexOf('${', close);
    const name = value.slice(inner + 2, close);
    if (!name.includes('{') && !name.includes('$'))
      uses.reads.push(new Read(ctx, name.trim(), element, ordinal, base, inner, close + 1 - inner));
    open = value.indexOf('${', close + 1);
  }
}

/** A read of `${name}`; its range is worked out only when a rule reports it. */
class Read implements VariableRead {
  constructor(
    private readonly ctx: ValidationContext,
    readonly name: string,
    readonly element: ElementNode,
    readonly ordinal: number,
    private readonly base: OffsetOf,
    private readonly index: number,
    private readonly length: number,
  ) {}

  range(): Range {
    const start = this.base();
    return start === -1
      ? this.element.openTagRange
      : this.ctx.rangeOf(start + this.index, start + this.index + this.length);
  }
}
