/**
 * The shared validation context: document-order elements, parents, child lists and names, all as arrays
 * of ordinals (recorded by the parser, see ast/element-index.ts), and the indexes built on first use
 * (flow, variables, elements by kind). Rules read these instead of walking the tree again.
 */
import type {
  AttributeNode,
  Diagnostic,
  DialplanDocument,
  ElementNode,
  Range,
} from '../ast/types.ts';
import { elementIndexOf } from '../ast/element-index.ts';
import { attrValue, textContent } from '../ast/query.ts';
import { parsePressed, type PressedPattern } from './pressed.ts';
import { collectNames, type NameTableLookup } from '../ast/name-table.ts';
import { kindCode } from '../ast/kind-codes.ts';
import {
  attributeEndOf,
  attributeValue,
  findMatch,
  firstAttributeOf,
  HAS_BREAKS,
  HAS_ENTITIES,
  nameMatches,
  type TreeArena,
} from '../xml/arena.ts';
import { PositionMapper } from '../xml/positions.ts';
import { ParsedElement, ParsedText } from '../xml/nodes.ts';
import { buildReachGraph, type ReachGraph } from './flow.ts';
import type { Rule, ValidationContext } from './types.ts';
import { collectVariableUses, type VariableUses } from './variables.ts';

/** One rule's part of a validation: what it reported, and how many past the cap it did not keep. */
export interface RuleRun {
  rule: Rule;
  diagnostics: Diagnostic[];
  /** Diagnostics reported past `MAX_PER_RULE`: counted, not kept. */
  notShown: number;
  firstNotShown: Diagnostic | undefined;
}

export interface RunnableContext extends ValidationContext {
  /** The rule whose `check` or `finish` runs now: `report` stamps its id and severity. */
  current: RuleRun | undefined;
}

function isRange(where: AttributeNode | Range): where is Range {
  return !('name' in where);
}

/** A rule stops reporting past this many diagnostics: hostile input must not flood the editor. */
export const MAX_PER_RULE = 1000;

/** `jumpOf` not worked out yet. */
const UNKNOWN_JUMP = -2;

export function createContext(document: DialplanDocument): RunnableContext {
  // Recorded by the parser while it built the tree (a walk over the fresh tree cost a third of validation).
  const tree = elementIndexOf(document);
  const names = collectNames(tree.elements);
  // The parse's arrays, when the elements are exactly the parse's (gotos are then read in the source).
  const first = tree.elements[0];
  const arena =
    first instanceof ParsedElement && first.arena.elements === tree.elements
      ? first.arena
      : undefined;
  const dialplan = document.root?.kind === 'dialplan' ? document.root : undefined;
  let flow: ReachGraph | undefined;
  let variables: VariableUses | undefined;
  let mapper: PositionMapper | undefined;
  /** `ofKind`'s lists by kind code, each made on first use (rules ask for two or three kinds). */
  const byKind: (number[] | undefined)[] = [];
  let jumps: Int32Array | undefined;
  /** By ordinal: undefined not worked out yet, null no `pressed`. */
  let pressed: (PressedPattern | null | undefined)[] | undefined;
  /** By ordinal: undefined not worked out yet, null no `varname`. */
  let varnames: (string | null | undefined)[] | undefined;
  let recentPressed: RecentPressed | undefined;
  const ctx: RunnableContext = {
    document,
    dialplan,
    elements: tree.elements,
    parent: tree.parent,
    kinds: tree.kinds,
    index: tree.index,
    kidStart: tree.kidStart,
    kidList: tree.kidList,
    byName: names.byName,
    sameName: names.sameName,
    current: undefined,
    jumpOf(o) {
      jumps ??= new Int32Array(tree.elements.length).fill(UNKNOWN_JUMP);
      let to = jumps[o] ?? -1;
      if (to === UNKNOWN_JUMP) {
        to = tree.kinds[o] !== GOTO ? -1 : arena ? jumpInSource(arena, o, names.byName) : to;
        if (to === UNKNOWN_JUMP) {
          const e = tree.elements[o];
          to = e?.kind === 'goto' ? (names.byName.get(gotoText(e).trim()) ?? -1) : -1;
        }
        jumps[o] = to;
      }
      return to;
    },
    pressedOf(o) {
      pressed ??= new Array<PressedPattern | null | undefined>(tree.elements.length);
      let pattern = pressed[o];
      if (pattern === undefined) {
        if (arena) pattern = (recentPressed ??= new RecentPressed(arena)).of(o);
        else {
          const e = tree.elements[o];
          const value = e && attrValue(e, 'pressed');
          pattern = value === undefined ? null : parsePressed(value);
        }
        pressed[o] = pattern;
      }
      return pattern ?? undefined;
    },
    varnameOf(o) {
      varnames ??= new Array<string | null | undefined>(tree.elements.length);
      let name = varnames[o];
      if (name === undefined) {
        const e = tree.elements[o];
        name = (e && attrValue(e, 'varname')?.trim()) ?? null;
        varnames[o] = name;
      }
      return name ?? undefined;
    },
    flow: () => (flow ??= buildReachGraph(ctx)),
    strictReached: () => ctx.flow().strictReached(),
    variables: () => (variables ??= collectVariableUses(ctx)),
    ofKind(kind) {
      const code = kindCode(kind);
      return (byKind[code] ??= ordinalsOfKind(tree.kinds, code));
    },
    rangeOf: (start, end) => (mapper ??= new PositionMapper(document.source)).range(start, end),
    report(node, message, where) {
      const run = ctx.current;
      if (!run) return;
      const range = where === undefined ? node.openTagRange : isRange(where) ? where : where.range;
      const diagnostic = {
        ruleId: run.rule.id,
        severity: run.rule.severity,
        message,
        range,
        nodeId: node.id,
      };
      if (run.diagnostics.length < MAX_PER_RULE) run.diagnostics.push(diagnostic);
      else if (run.notShown++ === 0) run.firstNotShown = diagnostic;
    },
  };
  return ctx;
}

const GOTO = kindCode('goto');

/** Patterns remembered with their written values (a menu's `1`, `2`, `default` …). */
const RECENT = 4;

/**
 * `pressedOf` for the parser's elements: the attribute found by name id, and a value written plainly
 * that is one of the last few seen is recognised in the source, without making the string or looking
 * the pattern up again. Lives for one validation.
 */
class RecentPressed {
  private readonly ids: Uint8Array;
  private readonly values: string[] = [];
  private readonly patterns: PressedPattern[] = [];
  private next = 0;

  constructor(private readonly arena: TreeArena) {
    this.ids = nameMatches(arena, 'pressed');
  }

  /** The pattern of element `o`'s `pressed`, or null when it has none. */
  of(o: number): PressedPattern | null {
    const arena = this.arena;
    const a = findMatch(arena, firstAttributeOf(arena, o), attributeEndOf(arena, o), this.ids);
    if (a === -1) return null;
    if (((arena.attributeFlags[a] ?? 0) & (HAS_ENTITIES | HAS_BREAKS)) !== 0)
      return parsePressed(attributeValue(arena, a));
    const start = arena.valueStart[a] ?? 0;
    const length = (arena.valueEnd[a] ?? 0) - start;
    const values = this.values;
    for (let m = 0; m < values.length; m++) {
      const value = values[m] as string;
      if (value.length === length && arena.text.startsWith(value, start))
        return this.patterns[m] as PressedPattern;
    }
    const value = attributeValue(arena, a);
    const pattern = parsePressed(value);
    values[this.next] = value;
    this.patterns[this.next] = pattern;
    this.next = (this.next + 1) % RECENT;
    return pattern;
  }
}

/**
 * Where goto `o` lands, read in the source: its content, when it is plain text (no child element,
 * comment, CDATA, entity, carriage return or non-ASCII character), trimmed as `trim()` would, looked up
 * by range in the names table; `UNKNOWN_JUMP` when the content is not that plain (read the text nodes).
 * No string is made, and the goto's nodes are not touched.
 */
function jumpInSource(arena: TreeArena, o: number, names: NameTableLookup): number {
  let start = arena.openEnd[o] ?? 0;
  let end = arena.closeStart[o] ?? -1;
  if (end < start) return UNKNOWN_JUMP;
  const text = arena.text;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === LT || c === AMP || c === CR || c > 127) return UNKNOWN_JUMP;
  }
  while (start < end && isAsciiTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isAsciiTrimmed(text.charCodeAt(end - 1))) end--;
  return names.getRange(text, start, end);
}

const LT = 0x3c;
const AMP = 0x26;
const CR = 0x0d;

/** The ASCII characters `String.prototype.trim` removes: tab, line feed, vertical tab, form feed, CR, space. */
function isAsciiTrimmed(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** `textContent` of a goto; its usual one text child read without the loop. */
function gotoText(e: ElementNode): string {
  const kids = e.children;
  const only = kids.length === 1 ? kids[0] : undefined;
  return only instanceof ParsedText ? only.value : textContent(e);
}

/** The ordinals whose kind code is `code`, in document order. */
function ordinalsOfKind(kinds: Uint8Array, code: number): number[] {
  const out: number[] = [];
  for (let o = 0; o < kinds.length; o++) if (kinds[o] === code) out.push(o);
  return out;
}

/**
 * A rule's diagnostics as the validator returns them: when it hit `MAX_PER_RULE`, one more diagnostic
 * says how many were left out, at the first of them, so a capped list never passes for a complete one.
 */
export function diagnosticsOf(run: RuleRun): Diagnostic[] {
  const first = run.firstNotShown;
  if (run.notShown === 0 || !first) return run.diagnostics;
  const more = run.notShown.toLocaleString('en-US');
  const cap = MAX_PER_RULE.toLocaleString('en-US');
  return run.diagnostics.concat({
    ...first,
    message: `… ${more} more like this not shown (${first.ruleId} reports at most ${cap})`,
  });
}
