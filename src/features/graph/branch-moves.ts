/**
 * Moving an element into or out of a branch (pure): which branches it can go into, and where "out of
 * its branch" is (right after the element that owns the branch: a keypress's menu, a live's amd…).
 */
import {
  attrValue,
  elementName,
  EditError,
  findElement,
  parentElement,
  walkElements,
  type DialplanDocument,
  type ElementNode,
  type InsertPosition,
} from '../../core/index.ts';
import { BRANCH_KINDS } from '../../core/index.ts';

export interface BranchChoice {
  id: string;
  label: string;
}

function ownerLabel(owner: ElementNode | undefined): string {
  if (!owner) return '';
  const name = elementName(owner);
  return name ? `${owner.tagName} ${name}` : owner.tagName;
}

function branchLabel(branch: ElementNode): string {
  if (branch.kind !== 'keypress') return branch.tagName;
  return `keypress ${attrValue(branch, 'pressed') ?? '?'}`;
}

/** The branches `id` may move into: every branch outside itself, but not the one it is already in. */
export function branchChoices(doc: DialplanDocument, id: string): BranchChoice[] {
  const current = parentElement(doc, id)?.id;
  const choices: BranchChoice[] = [];
  walkElements(doc.children, (element, parent) => {
    if (element.id === id) return false;
    if (BRANCH_KINDS.has(element.kind) && element.id !== current)
      choices.push({ id: element.id, label: `${ownerLabel(parent)} › ${branchLabel(element)}` });
    return undefined;
  });
  return choices;
}

/** Whether `id` sits directly in a branch. */
export function isInBranch(doc: DialplanDocument, id: string): boolean {
  const parent = parentElement(doc, id);
  return parent !== undefined && BRANCH_KINDS.has(parent.kind);
}

/** Out of its branch: right after the branch's owner (the menu, amd or condition). */
export function outOfBranch(doc: DialplanDocument, id: string): InsertPosition {
  const branch = parentElement(doc, id);
  const owner = branch && BRANCH_KINDS.has(branch.kind) ? parentElement(doc, branch.id) : undefined;
  if (!owner || !findElement(doc, owner.id))
    throw new EditError('This element is not in a branch.');
  return { anchorId: owner.id, where: 'after' };
}
