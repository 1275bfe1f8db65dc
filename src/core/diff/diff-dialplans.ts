/**
 * The semantic diff of two dialplans: which elements were added, removed, renamed, moved or changed
 * (per attribute and per text). Elements are matched as the layout matches them (by `name` first, then
 * by tag and order inside matched parents; see `../ast/match-elements.ts`), with content keys so that
 * an inserted sibling does not shift its neighbours. Anything the formatter would normalise (indentation,
 * attribute order, whitespace inside text, comments) is not a change. An added or removed subtree is one
 * entry, for its top element.
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { childElements, elementName, walkElements } from '../ast/query.ts';
import { matchElements } from '../ast/match-elements.ts';
import { parseDialplan } from '../xml/parse.ts';
import { contentKeys, similarityOf } from './content-key.ts';
import { elementChanges, renamesOf } from './element-changes.ts';
import { movedElements } from './moves.ts';
import type { DialplanChange } from './types.ts';

/**
 * The changes from `before` to `after`, in document order (see the module comment).
 *
 * @example
 * diffDialplans(parseDialplan(oldText).document, parseDialplan(newText).document);
 * // [{ kind: 'renamed', tag: 'menu', name: 'Question_01', … }]
 */
export function diffDialplans(before: DialplanDocument, after: DialplanDocument): DialplanChange[] {
  const keyOf = contentKeys();
  const match = matchElements(before, after, { keyOf, similarity: similarityOf(keyOf) });
  const matchedOld = new Set(match.values());
  const oldParentOf = parentsOf(before);
  const newParentOf = parentsOf(after);
  const moved = movedElements(match, newParentOf, oldParentOf);
  const renames = renamesOf(match);
  const changes: DialplanChange[] = [];
  walkElements(after.children, (element, parent) => {
    const old = match.get(element);
    if (!old) {
      if (!parent || match.has(parent)) changes.push(addedEntry(element));
      return;
    }
    const base = pairEntry(old, element);
    if (moved.has(element)) changes.push({ ...base, kind: 'moved', old: old.id, new: element.id });
    for (const change of elementChanges(old, element, renames, base)) changes.push(change);
    for (const child of childElements(old)) {
      if (!matchedOld.has(child)) changes.push(removedEntry(child));
    }
  });
  return changes;
}

/**
 * The diff of two texts (each parsed; a text that does not parse diffs as far as it recovers).
 *
 * @example
 * diffDialplanTexts('<dialplan/>', '<dialplan><hangup/></dialplan>'); // [{ kind: 'added', tag: 'hangup', … }]
 */
export function diffDialplanTexts(before: string, after: string): DialplanChange[] {
  return diffDialplans(parseDialplan(before).document, parseDialplan(after).document);
}

function parentsOf(doc: DialplanDocument): Map<ElementNode, ElementNode | undefined> {
  const parents = new Map<ElementNode, ElementNode | undefined>();
  walkElements(doc.children, (element, parent) => void parents.set(element, parent));
  return parents;
}

function named(change: DialplanChange, element: ElementNode): DialplanChange {
  const name = elementName(element);
  return name === undefined || name === '' ? change : { ...change, name };
}

function pairEntry(old: ElementNode, element: ElementNode): DialplanChange {
  return named(
    {
      kind: 'changed',
      tag: element.tagName,
      path: element.id,
      oldPath: old.id,
      newPath: element.id,
      oldLine: old.range.start.line,
      newLine: element.range.start.line,
    },
    element,
  );
}

function addedEntry(element: ElementNode): DialplanChange {
  const change: DialplanChange = {
    kind: 'added',
    tag: element.tagName,
    path: element.id,
    newPath: element.id,
    newLine: element.range.start.line,
  };
  return named(change, element);
}

function removedEntry(old: ElementNode): DialplanChange {
  const change: DialplanChange = {
    kind: 'removed',
    tag: old.tagName,
    path: old.id,
    oldPath: old.id,
    oldLine: old.range.start.line,
  };
  return named(change, old);
}
