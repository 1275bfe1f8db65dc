/**
 * Where a dragged palette item goes in the call, decided from what it is dropped on, and said in words
 * before the user lets go. The rule the user sees (docs/decisions/editing.md, "Drop where you mean"):
 *
 * - on a branch output (keypress, live, machine, else): inside that branch, before its closing
 *   `<goto>`/`<hangup>` when it ends with one (after it, nothing of the branch would ever run);
 * - on a node: right after that element;
 * - on empty canvas: after the nearest top-level node whose top is at or above the pointer; with none
 *   above, at the start of the call.
 *
 * A place right after a `<goto>` or `<hangup>` is allowed but called unreachable, so nothing is created
 * out of every call's way without the user being told.
 */
import { attrValue, childElements, elementName } from '../ast/query.ts';
import type { DialplanDocument, ElementKind, ElementNode, TagKind } from '../ast/types.ts';
import type { XY } from '../layout/types.ts';
import { mayContain } from '../schema/tags.ts';
import { describeJoin, planJoin } from './join.ts';
import { findElement, parentElement } from './lookup.ts';
import { EditError, type InsertPosition } from './types.ts';
import { BRANCH_KINDS } from '../schema/branches.ts';

/** A node of the canvas where it stands (flow coordinates); size when it has been measured. */
export interface PlacedBox {
  id: string;
  position: XY;
  width?: number;
  height?: number;
}

export type DropTarget =
  | { on: 'branch'; branchId: string }
  | { on: 'node'; nodeId: string }
  | { on: 'canvas'; point: XY; nodes: readonly PlacedBox[] };

export interface DropPlan {
  placement: InsertPosition;
  /** Where it goes, in the user's words: "after Question_01", "inside branch 1 of Live". */
  where: string;
  /** False when no call can get there (right after a hangup, or a goto the drop cannot re-point). */
  reachable: boolean;
  /** Which branches the drop re-points to the new element (join.ts): "branch 1-5 of Q now leads to it". */
  joins?: string;
}

/** Branch elements: what is dropped on their output runs when the branch is taken. */
/** Elements after which the call never carries on to the next sibling. */
const ENDS_FLOW = new Set<ElementKind>(['goto', 'hangup']);

/** Whether the call never carries on past `element` to its next sibling (a goto or a hangup). */
export function endsFlow(element: ElementNode): boolean {
  return ENDS_FLOW.has(element.kind);
}

/** Decides where an item of `kind` dropped on `target` goes; refusals throw an EditError. */
export function planDrop(
  doc: DialplanDocument,
  target: DropTarget,
  kind: TagKind,
  label: string,
): DropPlan {
  if (!doc.root) throw new EditError('The document has no <dialplan> to add to.');
  return withJoin(doc, placeDrop(doc, doc.root, target, kind, label), kind);
}

function placeDrop(
  doc: DialplanDocument,
  root: ElementNode,
  target: DropTarget,
  kind: TagKind,
  label: string,
): DropPlan {
  if (target.on === 'branch') {
    const plan = branchPlan(doc, target.branchId, kind, label);
    if (plan) return plan;
    return nodePlan(doc, ownerNodeId(doc, target.branchId), kind, label);
  }
  if (target.on === 'node') return nodePlan(doc, target.nodeId, kind, label);
  return canvasPlan(doc, root, target.point, target.nodes, kind, label);
}

/** What adding there re-points (join.ts); a goto it re-points no longer leaves the new element out. */
function withJoin(doc: DialplanDocument, plan: DropPlan, kind: TagKind): DropPlan {
  if (BRANCH_KINDS.has(kind) || kind === 'catch') return plan;
  const join = planJoin(doc, plan.placement);
  const joins = describeJoin(join) || undefined;
  if (plan.reachable || !join.joined) return { ...plan, joins };
  const anchor = findElement(doc, plan.placement.anchorId);
  const where = anchor ? `after ${labelOf(anchor)}` : plan.where;
  return { ...plan, where, reachable: true, joins };
}

/** Inside a branch, before the goto/hangup that ends it; undefined when the element is no branch. */
function branchPlan(
  doc: DialplanDocument,
  branchId: string,
  kind: TagKind,
  label: string,
): DropPlan | undefined {
  const branch = findElement(doc, branchId);
  if (!branch || !BRANCH_KINDS.has(branch.kind)) return undefined;
  if (!mayContain(branch.kind, kind))
    throw new EditError(`${label} cannot go inside a <${branch.tagName}> branch.`);
  const last = childElements(branch).at(-1);
  const placement: InsertPosition =
    last && endsFlow(last)
      ? { anchorId: last.id, where: 'before' }
      : { anchorId: branch.id, where: 'lastChild' };
  return { placement, where: `inside ${branchName(doc, branch)}`, reachable: true };
}

/** Right after the element a node shows (the root itself takes it as its last child). */
function nodePlan(doc: DialplanDocument, nodeId: string, kind: TagKind, label: string): DropPlan {
  const element = findElement(doc, nodeId);
  if (!element) throw new EditError('That node is gone: the document changed.');
  if (element === doc.root) return endOfRoot(element, kind, label);
  const parent = parentElement(doc, element.id);
  if (!parent || !mayContain(parent.kind, kind))
    throw new EditError(
      `${label} cannot go after ${labelOf(element)}: its <${parent?.tagName ?? '?'}> cannot hold it.`,
    );
  return afterPlan(element);
}

function canvasPlan(
  doc: DialplanDocument,
  root: ElementNode,
  point: XY,
  nodes: readonly PlacedBox[],
  kind: TagKind,
  label: string,
): DropPlan {
  if (!mayContain(root.kind, kind))
    throw new EditError(
      `${label} cannot stand on its own: drop it on a branch, or select where it goes and press Enter on it in the palette.`,
    );
  let best: { id: string; distance: number } | undefined;
  for (const node of nodes) {
    if (!isChildId(node.id, root.id) || node.position.y > point.y) continue;
    const distance = distanceToBox(point, node);
    if (!best || distance < best.distance) best = { id: node.id, distance };
  }
  const anchor = best && findElement(doc, best.id);
  if (anchor) return afterPlan(anchor);
  return {
    placement: { anchorId: root.id, where: 'firstChild' },
    where: 'at the start of the call',
    reachable: true,
  };
}

function endOfRoot(root: ElementNode, kind: TagKind, label: string): DropPlan {
  if (!mayContain(root.kind, kind)) throw new EditError(`${label} cannot stand on its own.`);
  const last = childElements(root).at(-1);
  if (last) return afterPlan(last);
  return {
    placement: { anchorId: root.id, where: 'lastChild' },
    where: 'at the start of the call',
    reachable: true,
  };
}

function afterPlan(anchor: ElementNode): DropPlan {
  const reachable = !endsFlow(anchor);
  const where = `after ${labelOf(anchor)}`;
  return {
    placement: { anchorId: anchor.id, where: 'after' },
    where: reachable ? where : `${where} — unreachable: no call carries on past it`,
    reachable,
  };
}

/** The hint's sentence for a plan: "Goes after Question_01". */
export function describeDrop(plan: DropPlan): string {
  return `Goes ${plan.where}${plan.joins ? `; ${plan.joins}` : ''}`;
}

/** An element as the user knows it: its name, else its tag (`<hangup>`). */
export function labelOf(element: ElementNode): string {
  return elementName(element)?.trim() || `<${element.tagName}>`;
}

/** "branch 1 of Live", "the live branch of <amd>", "the else branch of <if>". */
function branchName(doc: DialplanDocument, branch: ElementNode): string {
  const owner = parentElement(doc, branch.id);
  const of = owner ? labelOf(owner) : 'the dialplan';
  if (branch.kind === 'keypress') return `branch ${attrValue(branch, 'pressed') ?? '?'} of ${of}`;
  return `the ${branch.tagName} branch of ${of}`;
}

/** A branch's node is its owner (menu, amd, if…); a nested owner is a node of its own. */
function ownerNodeId(doc: DialplanDocument, branchId: string): string {
  return parentElement(doc, branchId)?.id ?? branchId;
}

function isChildId(id: string, parentId: string): boolean {
  return id.startsWith(`${parentId}/`) && id.indexOf('/', parentId.length + 1) === -1;
}

/** 0 inside the box, else the straight distance to its nearest edge. */
function distanceToBox(point: XY, box: PlacedBox): number {
  const { x, y } = box.position;
  const dx = Math.max(x - point.x, 0, point.x - (x + (box.width ?? 0)));
  const dy = Math.max(y - point.y, 0, point.y - (y + (box.height ?? 0)));
  return Math.hypot(dx, dy);
}

/** Any insert position in the user's words (the keyboard path announces it): "after Question_01". */
export function describePlacement(doc: DialplanDocument, placement: InsertPosition): string {
  const anchor = findElement(doc, placement.anchorId);
  if (!anchor) return 'in the dialplan';
  if (placement.where === 'after' || placement.where === 'before')
    return `${placement.where} ${labelOf(anchor)}`;
  if (anchor === doc.root)
    return placement.where === 'firstChild'
      ? 'at the start of the call'
      : 'at the end of the dialplan';
  return `inside ${BRANCH_KINDS.has(anchor.kind) ? branchName(doc, anchor) : labelOf(anchor)}`;
}
