/**
 * Branch coverage (issue 27): every `keypress` (default included), an `amd`'s live and machine, the then
 * and else of `if`/`equal`/`notEqual`, each `catch` with a goto, and a `transfer`'s answered/no-answer
 * when something runs after a transfer nobody answered. A branch is read from the order elements ran
 * (`Trail`) and from the call's events (a catch's jump, a transfer's outcome).
 */
import type { DialplanDocument } from '../ast/types.ts';
import { compileProgram, type CompiledProgram, type ProgramNode } from '../simulate/program.ts';
import type { SimEvent } from '../simulate/types.ts';

export interface Branch {
  /** Unique key: the branch element's id, or `ID#then`, `ID#else`, `ID#answered`, `ID#no-answer`. */
  key: string;
  /** The element the branch belongs to (its id) and its start tag's line. */
  path: string;
  line: number;
  /** E.g. "Question_01: default", "amd: machine", "if ${tries} > 2: else". */
  label: string;
}

export interface BranchMap {
  branches: Branch[];
  byKey: ReadonlyMap<string, Branch>;
  parentOf: ReadonlyMap<string, ProgramNode>;
}

export interface CoverageReport {
  branches: number;
  covered: number;
  unreachable: number;
  uncovered: { path: string; line: number; label: string }[];
}

const CONDITIONALS = new Set(['if', 'equal', 'notEqual']);

function ownerLabel(node: ProgramNode): string {
  if (node.name !== undefined) return node.name;
  if (node.kind === 'if') return `if ${node.attrs.get('expr') ?? ''}`.trim();
  if (node.kind === 'equal' || node.kind === 'notEqual') {
    return `${node.tagName} ${node.attrs.get('var') ?? ''} ${node.attrs.get('expr') ?? ''}`.trim();
  }
  return `${node.tagName} (line ${node.line})`;
}

const thenChild = (node: ProgramNode) => node.children.find((c) => c.kind !== 'else');
const elseChild = (node: ProgramNode) => node.children.findLast((c) => c.kind === 'else');
const handlesNoAnswer = (node: ProgramNode) =>
  !/^true$/i.test((node.attrs.get('continue-after') ?? '').trim()) && node.after.type !== 'end';

function branchesAt(node: ProgramNode, parent: ProgramNode | undefined): Branch[] {
  const at = (key: string, outcome: string, owner = node): Branch => ({
    key,
    path: node.id,
    line: node.line,
    label: `${ownerLabel(owner)}: ${outcome}`,
  });
  if (node.kind === 'keypress' && parent?.kind === 'menu') {
    return [at(node.id, (node.attrs.get('pressed') ?? '').trim(), parent)];
  }
  if ((node.kind === 'live' || node.kind === 'machine') && parent?.kind === 'amd') {
    return [at(node.id, node.kind, parent)];
  }
  if (CONDITIONALS.has(node.kind)) {
    if (!thenChild(node) && !elseChild(node)) return [];
    return [at(`${node.id}#then`, 'then'), at(`${node.id}#else`, 'else')];
  }
  if (node.kind === 'catch' && (node.attrs.get('goto') ?? '').trim() !== '') {
    const type = (node.attrs.get('type') ?? '').trim().toLowerCase();
    if (type === 'hangup') return [at(node.id, 'caller hangs up')];
    if (type === 'digit') return [at(node.id, `key ${(node.attrs.get('value') ?? '').trim()}`)];
  }
  if (node.kind === 'transfer' && handlesNoAnswer(node)) {
    return [at(`${node.id}#answered`, 'answered'), at(`${node.id}#no-answer`, 'no-answer')];
  }
  return [];
}

const maps = new WeakMap<CompiledProgram, BranchMap>();

/** Every branch of a dialplan, in document order. */
export function branchMap(document: DialplanDocument): BranchMap {
  const program = compileProgram(document);
  const cached = maps.get(program);
  if (cached) return cached;
  const branches: Branch[] = [];
  const parentOf = new Map<string, ProgramNode>();
  const stack: [ProgramNode, ProgramNode | undefined][] = program.root
    ? [[program.root, undefined]]
    : [];
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [ProgramNode, ProgramNode | undefined];
    if (parent) parentOf.set(node.id, parent);
    for (const b of branchesAt(node, parent)) branches.push(b);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push([child, node]);
    }
  }
  const map = { branches, byKey: new Map(branches.map((b) => [b.key, b])), parentOf };
  maps.set(program, map);
  return map;
}

function conditionalOutcome(node: ProgramNode, next: string | undefined): 'then' | 'else' {
  if (next !== undefined && next === thenChild(node)?.id) return 'then';
  if (next !== undefined && next === elseChild(node)?.id) return 'else';
  return thenChild(node) ? 'else' : 'then';
}

/** The branch keys a call (or a part of one) took: `trail` in execution order, its events. */
export function branchesTaken(
  document: DialplanDocument,
  trail: readonly string[],
  events: readonly SimEvent[],
  into: Set<string> = new Set(),
): Set<string> {
  const { byKey } = branchMap(document);
  const nodes = compileProgram(document).nodes;
  const end = events.findLast((e) => e.type === 'end');
  trail.forEach((id, i) => {
    if (byKey.has(id)) {
      into.add(id);
      return;
    }
    const node = nodes.get(id);
    if (!node || !CONDITIONALS.has(node.kind) || !byKey.has(`${id}#then`)) return;
    const next = trail[i + 1];
    if (next === undefined && end?.path === id) return; // the condition itself ended the call
    into.add(`${id}#${conditionalOutcome(node, next)}`);
  });
  for (const e of events) {
    if (e.type === 'goto' && nodes.get(e.path)?.kind === 'catch' && byKey.has(e.path))
      into.add(e.path);
    if (e.type === 'transfer' && byKey.has(`${e.path}#${e.outcome}`))
      into.add(`${e.path}#${e.outcome}`);
  }
  return into;
}

/**
 * The coverage of `taken` over a dialplan's branches. `reachable` (from `exploreCalls`) tells which
 * branches some call can take; the others count as unreachable, not uncovered.
 */
export function coverageReport(
  document: DialplanDocument,
  taken: ReadonlySet<string>,
  reachable?: ReadonlySet<string>,
): CoverageReport {
  const { branches } = branchMap(document);
  let covered = 0;
  let unreachable = 0;
  const uncovered: CoverageReport['uncovered'] = [];
  for (const b of branches) {
    if (taken.has(b.key)) covered++;
    else if (reachable && !reachable.has(b.key)) unreachable++;
    else uncovered.push({ path: b.path, line: b.line, label: b.label });
  }
  return { branches: branches.length, covered, unreachable, uncovered };
}
