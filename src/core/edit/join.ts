/**
 * Adding joins the flow (docs/decisions/editing.md, "Adding joins the call"). An element added after a
 * selected element S takes over where S's call went next:
 *
 * - S's exits are where a call leaves it: each branch of a menu or amd ending in a `<goto>` out of S
 *   (a goto back into S, a retry, is no exit), each branch that simply ends (it falls through after S),
 *   a menu without a `default` branch (a wrong key carries on after it), a goto S itself, and any other
 *   element's carrying on to what follows it. A hangup has none.
 * - The exits are grouped by where they lead (a goto naming the element that follows S counts as carrying
 *   on). When some carry on, that group is joined: the new element is inserted right after S, so they
 *   reach it, their gotos (to what follows) now name it, and it carries on to what followed S. Else the
 *   largest group (the first on a tie) is joined: its gotos name the new element, which leads where
 *   they went (a Poll question's answers go there, another block gets a `<goto>` after it). Exits
 *   leading elsewhere keep their way (a branching survey keeps its branches).
 * - Inside a branch that ends with a goto or hangup, the new element goes before that ending, so the
 *   branch runs it and then goes where it went; at the end of any other container it is added after the
 *   container's last child, joined as above.
 *
 * Everything is one edit (one undo step); `JoinPlan.repointed` says which branches changed.
 */
import { attrValue, childElements, elementName, textContent } from '../ast/query.ts';
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { createContext } from '../validate/context.ts';
import { buildReachGraph, type ReachGraph } from '../validate/flow.ts';
import { setTextPatches } from './text-content.ts';
import { takenQuestionNames } from './blocks.ts';
import { insertSnippet } from './insert.ts';
import { findElement, isWithin, nextSiblingElement, parentElement } from './lookup.ts';
import { uniqueName } from './element-names.ts';
import type { TextPatch } from './patch.ts';
import type { EditResult, InsertPosition } from './types.ts';
import { pushAll } from '../arrays.ts';
import { BRANCH_KINDS } from '../schema/branches.ts';

const ENDS = new Set(['goto', 'hangup', 'gotoXML']);
const NOT_A_STEP = new Set<string>([...BRANCH_KINDS, 'catch']);

/** One way a call leaves the selected element. */
export interface Exit {
  /** The branch (or the element itself) in the user's words: "branch 1-5 of Question_01". */
  label: string;
  /** The goto that says where it goes; none when it falls through. */
  gotoId?: string;
  /** The name it goes to; undefined: it carries on after the selected element. */
  target?: string;
  /** A catch's goto: it may fire at any time, so it is never re-pointed. */
  catch?: boolean;
  /** The element itself carrying on (no branch, no goto): nothing the person would call re-pointed. */
  plain?: boolean;
}

export interface JoinPlan {
  /** Where the new element goes in the text (a branch ending in a goto: before that goto). */
  placement: InsertPosition;
  /** The exits that now lead to the new element. */
  repointed: Exit[];
  /** Where the new element leads: a name, or undefined when it carries on to what follows it. */
  next?: string;
  /** False when no call can get to the new element (after a hangup, a goto-less dead end…). */
  joined: boolean;
}

/** Where the call goes after `placement` and which exits of the selected element are re-pointed. */
export function planJoin(doc: DialplanDocument, placement: InsertPosition): JoinPlan {
  const anchor = findElement(doc, placement.anchorId);
  if (!anchor) return { placement, repointed: [], joined: false };
  const last = childElements(anchor).at(-1);
  if (placement.where === 'lastChild' && last && anchor.kind !== 'menu') {
    if (BRANCH_KINDS.has(anchor.kind) && ENDS.has(last.kind))
      return { placement: { anchorId: last.id, where: 'before' }, repointed: [], joined: true };
    // the end of a container is right after its last child: joined like any add after it
    return planJoin(doc, { anchorId: last.id, where: 'after' });
  }
  if (placement.where !== 'after') return { placement, repointed: [], joined: true };
  const exits = exitsOf(doc, anchor);
  const following = nextSiblingElement(doc, anchor);
  const followingName = following && elementName(following)?.trim();
  const keyOf = (exit: Exit) =>
    exit.target === undefined || exit.target === followingName ? '' : exit.target;
  const groups = new Map<string, Exit[]>();
  for (const exit of exits) {
    if (exit.catch) continue;
    groups.set(keyOf(exit), [...(groups.get(keyOf(exit)) ?? []), exit]);
  }
  // carrying on is preferred: the new element then changes nothing but what followed S
  const carryOn = groups.get('');
  if (carryOn) return { placement, repointed: carryOn, joined: true };
  let best: [string, Exit[]] | undefined;
  for (const group of groups) if (!best || group[1].length > best[1].length) best = group;
  if (!best) return { placement, repointed: [], joined: false };
  return { placement, repointed: best[1], next: best[0], joined: true };
}

/** A document's flow graph, with the end of the call as a node (built once per parsed document). */
interface Flow {
  elements: readonly ElementNode[];
  ordinal: Map<ElementNode, number>;
  forEachSuccessor: ReachGraph['forEachSuccessor'];
}
const flows = new WeakMap<DialplanDocument, Flow>();

function flowOf(doc: DialplanDocument): Flow {
  let flow = flows.get(doc);
  if (!flow) {
    const ctx = createContext(doc);
    const graph = buildReachGraph(ctx, { menusWithDefaultAlwaysBranch: true, endIsANode: true });
    const ordinal = new Map(ctx.elements.map((e, i) => [e, i]));
    flow = { elements: ctx.elements, ordinal, forEachSuccessor: graph.forEachSuccessor };
    flows.set(doc, flow);
  }
  return flow;
}

/**
 * The ways a call leaves `element` (see the file comment), read from the flow graph: every step from
 * inside the element (as a call can run it from its start) to outside it. A step that is no goto leaves
 * by finishing the element, so it carries on after it.
 */
export function exitsOf(doc: DialplanDocument, element: ElementNode): Exit[] {
  const { elements, ordinal, forEachSuccessor } = flowOf(doc);
  const start = ordinal.get(element);
  if (start === undefined) return [];
  const inside = (o: number) => {
    const e = elements[o];
    return e !== undefined && isWithin(e.id, element.id);
  };
  const exits: Exit[] = [];
  const seen = new Set([start]);
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const from = queue[q] ?? start;
    const source = elements[from];
    forEachSuccessor(from, (next) => {
      if (inside(next)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      } else if (source) exits.push(exitFrom(doc, element, source));
    });
  }
  const once = new Map(exits.map((exit) => [`${exit.label}\u0000${exit.gotoId ?? ''}`, exit]));
  return [...once.values()];
}

/** One exit from `source` (inside `element`): a goto, or carrying on after the element. */
function exitFrom(doc: DialplanDocument, element: ElementNode, source: ElementNode): Exit {
  let label = labelOf(element);
  let plain = true;
  for (let at: ElementNode | undefined = source; at && at !== element;) {
    const parent: ElementNode | undefined = parentElement(doc, at.id);
    if (BRANCH_KINDS.has(at.kind) && parent) {
      label = branchLabel(at, labelOf(parent));
      plain = false;
      break;
    }
    at = parent;
  }
  if (source.kind === 'goto') {
    if (source === element) label = `the goto of ${labelOf(element)}`;
    return { label, gotoId: source.id, target: textContent(source).trim() };
  }
  // a catch's goto may fire at any time: it is no way the call goes on, so it is left as it is
  if (source.kind === 'catch')
    return { label, target: attrValue(source, 'goto')?.trim(), catch: true };
  return plain ? { label, plain } : { label };
}

/** "branch 1-5 of Question_01", "the live branch of <amd>". */
function branchLabel(branch: ElementNode, ownerLabel: string): string {
  return branch.kind === 'keypress'
    ? `branch ${attrValue(branch, 'pressed')?.trim() ?? '?'} of ${ownerLabel}`
    : `the ${branch.tagName} branch of ${ownerLabel}`;
}

/**
 * The ways a call comes to `id`, in the user's words, for the Inspector ("branch 1-5 of Question_01"):
 * the gotos and catches naming it, and the exits of the element before it that carry on to it.
 */
export function waysIn(doc: DialplanDocument, id: string): string[] {
  const element = findElement(doc, id);
  if (!element) return [];
  const name = elementName(element)?.trim();
  const ways: string[] = [];
  // Document order, depth first: children pushed in reverse onto a stack (no shift/unshift of big lists).
  const stack = [...doc.children].reverse();
  while (name && stack.length > 0) {
    const node = stack.pop();
    if (node?.type !== 'element') continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    const names =
      node.kind === 'goto'
        ? textContent(node)
        : node.kind === 'catch'
          ? attrValue(node, 'goto')
          : undefined;
    if (names?.trim() !== name || isWithin(node.id, element.id)) continue;
    const parent = parentElement(doc, node.id);
    const owner = parent && parentElement(doc, parent.id);
    if (node.kind === 'catch')
      ways.push(`the catch of ${parent ? labelOf(parent) : 'the dialplan'}`);
    else if (parent && owner && BRANCH_KINDS.has(parent.kind))
      ways.push(branchLabel(parent, labelOf(owner)));
    else
      ways.push(
        parent && parent !== doc.root
          ? `a goto in ${labelOf(parent)}`
          : `the goto ${labelOf(node)}`,
      );
  }
  const before = previousStep(doc, element);
  const parent = parentElement(doc, element.id);
  if (!before && parent)
    ways.push(parent === doc.root ? 'the start of the call' : `the start of ${labelOf(parent)}`);
  if (before) {
    const following = elementName(element)?.trim();
    for (const exit of exitsOf(doc, before))
      if (exit.target === undefined || (exit.gotoId === undefined && exit.target === following))
        ways.push(exit.label === labelOf(before) ? `carrying on from ${exit.label}` : exit.label);
  }
  return [...new Set(ways)];
}

function labelOf(element: ElementNode): string {
  return elementName(element)?.trim() || `<${element.tagName}>`;
}

const FIRST_TAG = /^\s*<([A-Za-z_][\w.:-]*)/;
const NAME_ATTR = /^[^>]*?\sname\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** The `name` of the first element of a snippet, if it has one. */
function snippetName(snippet: string): string | undefined {
  const open = FIRST_TAG.exec(snippet);
  if (!open) return undefined;
  const attr = NAME_ATTR.exec(snippet.slice(open[0].length));
  return attr ? (attr[1] ?? attr[2]) : undefined;
}

/** Gives the first element of a snippet the name `name`. */
function withName(snippet: string, name: string): string {
  return snippet.replace(FIRST_TAG, (open) => `${open} name="${name}"`);
}

/** What a palette item inserts, given where it leads (see catalog.ts `paletteSnippet`). */
export type SnippetFor = (doc: DialplanDocument, next: string | undefined) => string;

export interface JoinedInsert extends EditResult {
  join: JoinPlan;
}

/**
 * Inserts what `snippetFor` writes at `placement`, joined to the call (see the file comment): the
 * insert and the re-pointed gotos in one edit.
 */
export function insertJoined(
  doc: DialplanDocument,
  snippetFor: SnippetFor,
  placement: InsertPosition,
): JoinedInsert {
  const first = FIRST_TAG.exec(snippetFor(doc, undefined))?.[1] ?? '';
  // a branch or a catch is no step of the call: it is added where asked, and nothing is re-pointed
  const join = NOT_A_STEP.has(first)
    ? { placement, repointed: [], joined: true }
    : planJoin(doc, placement);
  let snippet = snippetFor(doc, join.next);
  const patches: TextPatch[] = [];
  const gotos = join.repointed.filter((exit) => exit.gotoId !== undefined);
  if (gotos.length > 0) {
    let name = snippetName(snippet);
    if (name === undefined) {
      const kind = FIRST_TAG.exec(snippet)?.[1] ?? 'node';
      name = uniqueName(kind, takenQuestionNames(doc));
      snippet = withName(snippet, name);
    }
    for (const exit of gotos) {
      const goto = exit.gotoId === undefined ? undefined : findElement(doc, exit.gotoId);
      if (goto) pushAll(patches, setTextPatches(doc.source, goto, name));
    }
  }
  return { ...insertSnippet(doc, snippet, join.placement, patches), join };
}

/** "branch 1-5 of Question_01 now leads to it" for the hint, the palette and the Inspector. */
export function describeJoin(join: JoinPlan): string {
  if (!join.joined) return '';
  // an element simply carrying on to what is added after it is no news
  const labels = [
    ...new Set(join.repointed.filter((exit) => !exit.plain).map((exit) => exit.label)),
  ];
  if (labels.length === 0) return '';
  const list =
    labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  const onward = join.next ? `; it goes on to ${join.next}` : '';
  return `${list} now ${labels.length === 1 ? 'leads' : 'lead'} to it${onward}`;
}

/** A quick fix for an element no call reaches: the element before it hands its call on to it. */
export interface ConnectFix {
  /** "Connect after Question_01". */
  title: string;
  /** "branch 1-5 of Question_01 now leads to it". */
  detail: string;
  patches: TextPatch[];
}

/**
 * "Connect after …" for the element `id` (named, on no call): when the element before it leaves by
 * gotos (a question whose answers go on elsewhere), the gotos of the way most of them take name it
 * instead. Undefined when there is no such obvious way in (no element before it, or nothing to re-point).
 */
export function connectAfterFix(doc: DialplanDocument, id: string): ConnectFix | undefined {
  const element = findElement(doc, id);
  const name = element && elementName(element)?.trim();
  if (!element || !name) return undefined;
  const before = previousStep(doc, element);
  if (!before) return undefined;
  const join = planJoin(doc, { anchorId: before.id, where: 'after' });
  const gotos = join.repointed.filter((exit) => exit.gotoId !== undefined);
  if (!join.joined || join.next === undefined || gotos.length === 0) return undefined;
  const patches = gotos.flatMap((exit) => {
    const goto = exit.gotoId === undefined ? undefined : findElement(doc, exit.gotoId);
    return goto ? setTextPatches(doc.source, goto, name) : [];
  });
  return {
    title: `Connect after ${labelOf(before)}`,
    detail: describeJoin({ ...join, next: undefined }),
    patches,
  };
}

/** The sibling a call would carry on from to reach `element` (branches are skipped). */
function previousStep(doc: DialplanDocument, element: ElementNode): ElementNode | undefined {
  const parent = parentElement(doc, element.id);
  const siblings = parent ? childElements(parent) : doc.root ? [doc.root] : [];
  const at = siblings.indexOf(element);
  return siblings.slice(0, Math.max(at, 0)).findLast((s) => !BRANCH_KINDS.has(s.kind));
}
