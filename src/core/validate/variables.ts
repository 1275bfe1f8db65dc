/**
 * Where `${name}` variables are read and what sets them, for the undefined-variable and stash-read rules.
 * Only the innermost references are names (`${choice${n}}` reads `n`; the outer name is computed).
 */
import type { AttributeNode, CDataNode, ElementNode, Range, TextNode } from '../ast/types.ts';
import { attrValue } from '../ast/query.ts';
import type { ValidationContext } from './types.ts';

export interface VariableRead {
  name: string;
  element: ElementNode;
  /** Where the `${name}` is written. */
  range(): Range;
}

export interface VariableUses {
  reads: VariableRead[];
  /** Names set by setvar, record, get and post. */
  assigned: Set<string>;
  /** Literal prefixes of computed setter names (`answer${n}` → `answer`): any name they start may be set. */
  assignedPrefixes: string[];
  /** Names only a stash writes (stash records a response; it creates no variable). */
  stashed: Set<string>;
}

const REFERENCE = /\$\{([^${}]*)\}/g;
const SETTERS = new Set(['setvar', 'record', 'get', 'post']);
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
    assigned: new Set(),
    assignedPrefixes: [],
    stashed: new Set(),
  };
  for (const element of ctx.elements) {
    noteWrite(uses, element);
    for (const a of element.attributes) {
      if (a.value.includes('${')) findReads(ctx, uses, element, a.value, attributeOffset(a));
    }
    for (const c of element.children) {
      if ((c.type === 'text' || c.type === 'cdata') && c.value.includes('${'))
        findReads(ctx, uses, element, c.value, textOffset(c));
    }
  }
  return uses;
}

function noteWrite(uses: VariableUses, element: ElementNode): void {
  const isSetter = SETTERS.has(element.kind);
  if (!isSetter && element.kind !== 'stash') return;
  const name = attrValue(element, 'varname')?.trim();
  if (!name) return;
  const dynamic = name.indexOf('${');
  if (!isSetter) uses.stashed.add(name);
  else if (dynamic === -1) uses.assigned.add(name);
  else uses.assignedPrefixes.push(name.slice(0, dynamic));
}

/** Maps an index in the decoded value to a source offset, or -1 when entities make them differ. */
type OffsetOf = () => number;

function attributeOffset(a: AttributeNode): OffsetOf {
  return () => (a.raw === a.value ? a.valueRange.start.offset : -1);
}

function textOffset(node: TextNode | CDataNode): OffsetOf {
  if (node.type === 'cdata') return () => node.range.start.offset + '<![CDATA['.length;
  return () => (node.raw === node.value ? node.range.start.offset : -1);
}

function findReads(
  ctx: ValidationContext,
  uses: VariableUses,
  element: ElementNode,
  value: string,
  base: OffsetOf,
): void {
  for (const match of value.matchAll(REFERENCE)) {
    const name = (match[1] ?? '').trim();
    const index = match.index;
    const length = match[0].length;
    uses.reads.push({
      name,
      element,
      range: () => {
        const start = base();
        return start === -1
          ? element.openTagRange
          : ctx.rangeOf(start + index, start + index + length);
      },
    });
  }
}
