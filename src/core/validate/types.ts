/** The shape of a validation rule and the shared, pre-indexed view of the document every rule reads. */
import type {
  AttributeNode,
  DialplanDocument,
  ElementKind,
  ElementNode,
  Range,
  Severity,
} from '../ast/types.ts';
import type { NameTableLookup } from '../ast/name-table.ts';
import type { ReachGraph } from './flow.ts';
import type { VariableUses } from './variables.ts';
import type { PressedPattern } from './pressed.ts';

/**
 * Elements are numbered in document order (their "ordinal", the index in `elements`); the tree is kept
 * as arrays of ordinals rather than maps keyed by element: a 10,000-element dialplan is validated in a
 * few milliseconds only if the garbage collector has little to do.
 */
export interface ValidationContext {
  document: DialplanDocument;
  /** The root element when it is a `<dialplan>`. */
  dialplan: ElementNode | undefined;
  /** Every element in document order. */
  elements: readonly ElementNode[];
  /** The parent's ordinal, or -1 for a top-level element. */
  parent: Int32Array;
  /** Each element's kind code (`ALL_KINDS[code]` is its kind, see ast/kind-codes.ts). */
  kinds: Uint8Array;
  /** The position among the parent's child elements. */
  index: Int32Array;
  /**
   * The child elements of element `o`, in order: `kidList[kidStart[o]]` up to (not including)
   * `kidList[kidStart[o + 1]]`.
   */
  kidStart: Int32Array;
  kidList: Int32Array;
  /** The ordinal of the first element carrying each `name` (the one a goto lands on). */
  byName: NameTableLookup;
  /** For names carried by more than one element: all their ordinals, in document order. */
  sameName: ReadonlyMap<string, readonly number[]>;
  /**
   * Where the `<goto>` at ordinal `o` lands: the ordinal of the first element named its trimmed text,
   * or -1 (no such element, or not a goto). Worked out once per goto, shared by the flow and the rules.
   */
  jumpOf(o: number): number;
  /**
   * The `pressed` pattern of element `o` (`parsePressed` of its attribute), or undefined when it has no
   * `pressed`; worked out once per element, shared by the flow and the keypress rules.
   */
  pressedOf(o: number): PressedPattern | undefined;
  /**
   * The trimmed `varname` of element `o`, or undefined when it has none; worked out once per element,
   * shared by the variable uses and duplicate-answer-name.
   */
  varnameOf(o: number): string | undefined;
  /** The execution graph (built on first use, shared by the flow rules). */
  flow(): ReachGraph;
  /**
   * What some call can reach when a menu with a `default` keypress always takes a branch (the stricter
   * flow, see `FlowOptions.menusWithDefaultAlwaysBranch`); built on first use.
   */
  strictReached(): Uint8Array;
  /** The ordinals of the elements of one kind, in document order (all lists made on first use). */
  ofKind(kind: ElementKind): readonly number[];
  /** Where `${…}` variables are read and set (built on first use). */
  variables(): VariableUses;
  /** A range for source offsets, for diagnostics that point inside a text or value. */
  rangeOf(start: number, end: number): Range;
  /** Adds a diagnostic about an element, at its open tag, the given attribute, or the given range. */
  report(node: ElementNode, message: string, where?: AttributeNode | Range): void;
}

/**
 * A validation rule, in bpmnlint's shape: it says which elements it visits and the engine walks the
 * document once, calling `check` of every rule for each element it visits. A rule that needs the whole
 * document (names, flow, variables) puts that in `finish`, called once after the walk, and reads the
 * indexes `ctx` shares (`byName`, `flow()`, `variables()`, `ofKind()` …) rather than walking again.
 * A rule may have both; its diagnostics are those of `check`, in document order, then those of `finish`.
 */
export interface Rule {
  id: string;
  severity: Severity;
  /**
   * `element`: looks at elements one by one, meaningful on a half-parsed tree. `document`: needs the
   * whole, well-formed document (names, flow, variables); skipped when the XML has syntax errors.
   */
  scope: 'element' | 'document';
  /** The element kinds `check` is called for; `'*'`: every element. */
  visits?: '*' | readonly ElementKind[];
  /** Called for each element of a visited kind, in document order; `ordinal` is its index in `ctx.elements`. */
  check?(node: ElementNode, ctx: ValidationContext, ordinal: number): void;
  /** Called once after the walk. */
  finish?(ctx: ValidationContext): void;
}
