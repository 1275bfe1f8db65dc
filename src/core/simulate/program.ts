/**
 * Compiles a parsed dialplan into the read-only form the engine runs: element records with their
 * attributes, text and line read once, each element's continuation (`after`, semantics §1.2: the next
 * sibling, climbing outwards; a keypress branch leaves its menu; the menu's prompts lead to collection),
 * the catch scopes around each element, and each menu's collection rules.
 */
import type { DialplanDocument, ElementKind, ElementNode } from '../ast/types.ts';
import { childElements, collapseWhitespace, textContent } from '../ast/query.ts';
import { compileMenu, type MenuRules } from './menu-rules.ts';
import type { Resume, SimProgram } from './types.ts';

export interface CatchScope {
  id: string;
  line: number;
  /** The digit for `type="digit"`. */
  value?: string;
  goto: string;
}

export interface ProgramNode {
  readonly id: string;
  readonly kind: ElementKind;
  readonly tagName: string;
  readonly line: number;
  readonly name?: string;
  /** Attribute values by lower-case name. */
  readonly attrs: ReadonlyMap<string, string>;
  /** Untrimmed text and CDATA content. */
  readonly text: string;
  /** The text with whitespace collapsed, when it holds no `${…}` (so it never changes). */
  readonly spoken?: string;
  readonly children: readonly ProgramNode[];
  /** Where execution continues when this element has finished. */
  after: Resume;
  /** `catch type="digit"` scopes around this element, innermost first. */
  readonly digitCatches: readonly CatchScope[];
  /** The innermost `catch type="hangup"` around this element. */
  readonly hangupCatch?: CatchScope;
  /** A direct non-keypress child of a menu: one of the menu's prompts. */
  readonly isMenuPrompt: boolean;
}

export interface CompiledProgram extends SimProgram {
  readonly root?: ProgramNode;
  readonly nodes: ReadonlyMap<string, ProgramNode>;
  /** The first element with each name (goto targets). */
  readonly byName: ReadonlyMap<string, ProgramNode>;
  readonly menus: ReadonlyMap<string, MenuRules>;
}

const END: Resume = { type: 'end' };

interface Scopes {
  digit: readonly CatchScope[];
  hangup?: CatchScope;
}

function readAttrs(element: ElementNode): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const a of element.attributes) {
    const key = a.name.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, a.value);
  }
  return attrs;
}

function scopesInside(node: ProgramNode, outer: Scopes): Scopes {
  if (node.kind !== 'catch') return outer;
  const type = (node.attrs.get('type') ?? '').trim().toLowerCase();
  const scope: CatchScope = {
    id: node.id,
    line: node.line,
    goto: (node.attrs.get('goto') ?? '').trim(),
  };
  if (type === 'digit') {
    const value = (node.attrs.get('value') ?? '').trim();
    return { ...outer, digit: [{ ...scope, value }, ...outer.digit] };
  }
  if (type === 'hangup') return { ...outer, hangup: scope };
  return outer;
}

function build(
  element: ElementNode,
  parentKind: ElementKind | undefined,
  scopes: Scopes,
): ProgramNode {
  const attrs = readAttrs(element);
  const text = textContent(element);
  const node: ProgramNode = {
    id: element.id,
    kind: element.kind,
    tagName: element.tagName,
    line: element.range.start.line,
    attrs,
    text,
    ...(text.includes('${') ? {} : { spoken: collapseWhitespace(text) }),
    children: [],
    after: END,
    digitCatches: scopes.digit,
    isMenuPrompt: parentKind === 'menu' && element.kind !== 'keypress',
    ...(attrs.has('name') ? { name: attrs.get('name') } : {}),
    ...(scopes.hangup ? { hangupCatch: scopes.hangup } : {}),
  };
  const inner = scopesInside(node, scopes);
  // A loop, not `push(...children)`: spreading 150,000 arguments overflows the stack.
  const children = node.children as ProgramNode[];
  for (const child of childElements(element)) children.push(build(child, element.kind, inner));
  return node;
}

const run = (node: ProgramNode): Resume => ({ type: 'run', id: node.id });

/** The next sibling from `index` on that `skip` does not reject. */
function nextSibling(
  siblings: readonly ProgramNode[],
  index: number,
  skip: (n: ProgramNode) => boolean,
): ProgramNode | undefined {
  for (let i = index + 1; i < siblings.length; i++) {
    const sibling = siblings[i];
    if (sibling && !skip(sibling)) return sibling;
  }
  return undefined;
}

function continuationOf(parent: ProgramNode, index: number): Resume {
  const siblings = parent.children;
  const child = siblings[index];
  if (!child) return parent.after;
  if (parent.kind === 'amd' || (parent.kind === 'menu' && child.kind === 'keypress')) {
    return parent.after;
  }
  if (parent.kind === 'menu') {
    const next = nextSibling(siblings, index, (n) => n.kind === 'keypress');
    return next ? run(next) : { type: 'collect', menuId: parent.id };
  }
  if (parent.kind === 'if' || parent.kind === 'equal' || parent.kind === 'notEqual') {
    if (child.kind === 'else') return parent.after;
    const next = nextSibling(siblings, index, (n) => n.kind === 'else');
    return next ? run(next) : parent.after;
  }
  const next = siblings[index + 1];
  return next ? run(next) : parent.after;
}

function linkContinuations(parent: ProgramNode): void {
  parent.children.forEach((child, index) => {
    child.after = continuationOf(parent, index);
    linkContinuations(child);
  });
}

function collect(node: ProgramNode, program: CompiledProgram): void {
  (program.nodes as Map<string, ProgramNode>).set(node.id, node);
  const byName = program.byName as Map<string, ProgramNode>;
  if (node.name !== undefined && !byName.has(node.name)) byName.set(node.name, node);
  if (node.kind === 'menu')
    (program.menus as Map<string, MenuRules>).set(node.id, compileMenu(node));
  for (const child of node.children) collect(child, program);
}

const compiled = new WeakMap<DialplanDocument, CompiledProgram>();

/** The program for a document, compiled once per document object. */
export function compileProgram(document: DialplanDocument): CompiledProgram {
  const cached = compiled.get(document);
  if (cached) return cached;
  const root = document.root ? build(document.root, undefined, { digit: [] }) : undefined;
  const program: CompiledProgram = {
    kind: 'sim-program',
    nodes: new Map(),
    byName: new Map(),
    menus: new Map(),
    ...(root ? { root } : {}),
  };
  if (root) {
    linkContinuations(root);
    collect(root, program);
  }
  compiled.set(document, program);
  return program;
}

/** The compiled form behind a state's opaque `program`. */
export function compiledProgram(program: SimProgram): CompiledProgram {
  return program as CompiledProgram;
}
