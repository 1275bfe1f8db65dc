/**
 * Element names (the `name` attribute, the target of gotos) → the first element carrying each, for the
 * validator. An open-addressing table in typed arrays: a `Map` of ~7,000 names made a fresh string per
 * name, grew through a dozen rehashes, and was the validator's largest garbage (~0.5 MB and ~0.6 ms on
 * the generated 1,000-question poll). Here a name written plainly in the source is hashed and compared
 * where it stands and never becomes a string.
 */
import { hashChars } from './names.ts';
import { attributeValueAt, attributeValueHash, attributeValueIs, attrIndex } from './query.ts';
import type { ElementNode } from './types.ts';
import { ParsedElement } from '../xml/nodes.ts';
import {
  attributeEndOf,
  attributeValue,
  attributeValueHash as attributeValueHashAt,
  findMatch,
  HAS_BREAKS,
  HAS_ENTITIES,
  firstAttributeOf,
  nameMatches,
  type TreeArena,
} from '../xml/arena.ts';

export interface NameLookup {
  /** The ordinal of the first element named `name`, or undefined. */
  get(name: string): number | undefined;
  has(name: string): boolean;
}

/** The name table itself: also found by source range, and asked whether an element's name is empty. */
export interface NameTableLookup extends NameLookup {
  /**
   * `get(text.slice(start, end))` without making the string, for `text` the source of the parse the
   * elements come from (`arena.text`); -1 when no element has that name.
   */
  getRange(text: string, start: number, end: number): number;
  /** Whether element `ordinal` has a `name` written empty (`name=""`). */
  hasEmptyName(ordinal: number): boolean;
}

export interface ElementNames {
  byName: NameTableLookup;
  /** For names carried by more than one element: all their ordinals, in document order. */
  sameName: Map<string, number[]>;
}

class NameTable implements NameTableLookup {
  /**
   * Two numbers per slot, side by side (one cache line holds both): the ordinal + 1 of the element
   * (0 is empty) and its name's hash. Sized by the number of named elements, not of all elements.
   */
  readonly slots: Int32Array;
  readonly mask: number;

  constructor(
    readonly elements: readonly ElementNode[],
    /** Where each element's `name` attribute is among its attributes, or -1, by ordinal. */
    readonly attributeOf: Int32Array,
    named: number,
    /** The parse's arrays when every element is the parser's (then `attributeOf` indexes into them). */
    readonly arena: TreeArena | undefined,
  ) {
    let size = 16;
    while (size < named * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  get(name: string): number | undefined {
    const hash = hashChars(name, 0, name.length);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot * 2] ?? 0;
      if (entry === 0) return undefined;
      if (this.slots[slot * 2 + 1] !== hash) continue;
      const ordinal = entry - 1;
      const element = this.elements[ordinal] as ElementNode;
      if (attributeValueIs(element, this.attributeOf[ordinal] ?? 0, name)) return ordinal;
    }
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  getRange(text: string, start: number, end: number): number {
    const arena = this.arena;
    if (arena === undefined || arena.text !== text) return this.get(text.slice(start, end)) ?? -1;
    const hash = hashChars(text, start, end);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot * 2] ?? 0;
      if (entry === 0) return -1;
      if (this.slots[slot * 2 + 1] !== hash) continue;
      const ordinal = entry - 1;
      const a = (arena.firstAttribute[ordinal] ?? 0) + (this.attributeOf[ordinal] ?? 0);
      if (sameAsRange(arena, a, start, end)) return ordinal;
    }
  }

  hasEmptyName(ordinal: number): boolean {
    const k = this.attributeOf[ordinal] ?? -1;
    return k !== -1 && attributeValueIs(this.elements[ordinal] as ElementNode, k, '');
  }
}

/** Whether the decoded value of attribute `a` is `arena.text[start, end)`, compared in the source. */
function sameAsRange(arena: TreeArena, a: number, start: number, end: number): boolean {
  const text = arena.text;
  if (((arena.attributeFlags[a] ?? 0) & (HAS_ENTITIES | HAS_BREAKS)) !== 0)
    return attributeValue(arena, a) === text.slice(start, end);
  const from = arena.valueStart[a] ?? 0;
  if ((arena.valueEnd[a] ?? 0) - from !== end - start) return false;
  for (let i = 0; i < end - start; i++)
    if (text.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The `name` lookups, in one pass over the elements (`name` matched in any case, as `attr()` does). */
export function collectNames(elements: readonly ElementNode[]): ElementNames {
  const first = elements[0];
  // The parser's elements: `name` found by name id in the parse's typed arrays (xml/arena.ts).
  const arena = first instanceof ParsedElement ? first.arena : undefined;
  if (arena !== undefined && arena.elements === elements) return collectInArena(arena);
  const names = arena && nameMatches(arena, 'name');
  const attributeOf = new Int32Array(elements.length);
  let named = 0;
  for (let ordinal = 0; ordinal < elements.length; ordinal++) {
    const element = elements[ordinal] as ElementNode;
    const k =
      arena !== undefined && names !== undefined && arena.elements[ordinal] === element
        ? nameAttributeOf(arena, ordinal, names)
        : attrIndex(element, 'name');
    attributeOf[ordinal] = k;
    if (k !== -1) named++;
  }
  const table = new NameTable(elements, attributeOf, named, undefined);
  const sameName = new Map<string, number[]>();
  for (let ordinal = 0; ordinal < elements.length; ordinal++) {
    const k = attributeOf[ordinal] ?? -1;
    if (k === -1) continue;
    const element = elements[ordinal] as ElementNode;
    const earliest = insert(table, ordinal, element, k);
    if (earliest !== ordinal) noteRepeat(sameName, attributeValueAt(element, k), earliest, ordinal);
  }
  return { byName: table, sameName };
}

/**
 * The same table when the elements are exactly the parse's: every step reads the parse's typed arrays
 * and the source (hash and compare where the names stand), never an element object.
 */
function collectInArena(arena: TreeArena): ElementNames {
  const names = nameMatches(arena, 'name');
  const count = arena.elements.length;
  const attributeOf = new Int32Array(count);
  let named = 0;
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const k = nameAttributeOf(arena, ordinal, names);
    attributeOf[ordinal] = k;
    if (k !== -1) named++;
  }
  const table = new NameTable(arena.elements, attributeOf, named, arena);
  const sameName = new Map<string, number[]>();
  const { slots, mask } = table;
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const k = attributeOf[ordinal] ?? -1;
    if (k === -1) continue;
    const a = (arena.firstAttribute[ordinal] ?? 0) + k;
    const hash = attributeValueHashAt(arena, a);
    let slot = hash & mask;
    let earliest = ordinal;
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2] ?? 0;
      if (entry === 0) break;
      if (slots[slot * 2 + 1] !== hash) continue;
      const other = entry - 1;
      const b = (arena.firstAttribute[other] ?? 0) + (attributeOf[other] ?? 0);
      if (sameValues(arena, a, b)) {
        earliest = other;
        break;
      }
    }
    if (earliest === ordinal) {
      slots[slot * 2] = ordinal + 1;
      slots[slot * 2 + 1] = hash;
    } else noteRepeat(sameName, attributeValue(arena, a), earliest, ordinal);
  }
  return { byName: table, sameName };
}

/** Whether attributes `a` and `b` of the parse have the same decoded value. */
function sameValues(arena: TreeArena, a: number, b: number): boolean {
  const flags = (arena.attributeFlags[a] ?? 0) | (arena.attributeFlags[b] ?? 0);
  if ((flags & (HAS_ENTITIES | HAS_BREAKS)) !== 0)
    return attributeValue(arena, a) === attributeValue(arena, b);
  return sameAsRange(arena, a, arena.valueStart[b] ?? 0, arena.valueEnd[b] ?? 0);
}

/** The position of element `ordinal`'s `name` attribute (as `attrIndex` finds it), or -1. */
function nameAttributeOf(arena: TreeArena, ordinal: number, names: Uint8Array): number {
  const first = firstAttributeOf(arena, ordinal);
  const found = findMatch(arena, first, attributeEndOf(arena, ordinal), names);
  return found === -1 ? -1 : found - first;
}

/** Puts element `ordinal` in the table unless its name is there; returns the name's first ordinal. */
function insert(table: NameTable, ordinal: number, element: ElementNode, k: number): number {
  const hash = attributeValueHash(element, k);
  let slot = hash & table.mask;
  for (; ; slot = (slot + 1) & table.mask) {
    const entry = table.slots[slot * 2] ?? 0;
    if (entry === 0) break;
    if (table.slots[slot * 2 + 1] !== hash) continue;
    const other = entry - 1;
    const otherName = attributeValueAt(
      table.elements[other] as ElementNode,
      table.attributeOf[other] ?? 0,
    );
    if (attributeValueIs(element, k, otherName)) return other;
  }
  table.slots[slot * 2] = ordinal + 1;
  table.slots[slot * 2 + 1] = hash;
  return ordinal;
}

function noteRepeat(sameName: Map<string, number[]>, name: string, first: number, ordinal: number) {
  const list = sameName.get(name);
  if (list) list.push(ordinal);
  else sameName.set(name, [first, ordinal]);
}
