/** The shape of a validation rule and the shared, pre-indexed view of the document every rule reads. */
import type {
  AttributeNode,
  DialplanDocument,
  ElementNode,
  Range,
  Severity,
} from '../ast/types.ts';
import type { FlowGraph } from './flow.ts';
import type { VariableUses } from './variables.ts';

export interface NodeInfo {
  parent: ElementNode | undefined;
  /** The direct child elements. */
  kids: readonly ElementNode[];
  /** The position among the parent's child elements. */
  index: number;
  /** The position in document order (`ValidationContext.elements`). */
  ordinal: number;
}

export interface ValidationContext {
  document: DialplanDocument;
  /** The root element when it is a `<dialplan>`. */
  dialplan: ElementNode | undefined;
  /** Every element in document order. */
  elements: readonly ElementNode[];
  /** The element's parent element (undefined for top-level elements). */
  parentOf(element: ElementNode): ElementNode | undefined;
  /** The element's place in the tree: parent, child elements, position among its siblings. */
  info(element: ElementNode): NodeInfo;
  /** Every element carrying each `name`, in document order. */
  byName: ReadonlyMap<string, readonly ElementNode[]>;
  /** The execution graph (built on first use, shared by the flow rules). */
  flow(): FlowGraph;
  /** Where `${…}` variables are read and set (built on first use). */
  variables(): VariableUses;
  /** A range for source offsets, for diagnostics that point inside a text or value. */
  rangeOf(start: number, end: number): Range;
  /** Adds a diagnostic about an element, at its open tag, the given attribute, or the given range. */
  report(node: ElementNode, message: string, where?: AttributeNode | Range): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /**
   * `element`: looks at elements one by one, meaningful on a half-parsed tree. `document`: needs the
   * whole, well-formed document (names, flow, variables); skipped when the XML has syntax errors.
   */
  scope: 'element' | 'document';
  check(ctx: ValidationContext): void;
}
