/**
 * What changed inside one matched element: its name (a rename), each attribute (old → new), its own text
 * (with a word diff). A goto (or catch@goto) that followed a renamed element is part of that rename, not
 * a change of its own.
 */
import type { ElementNode } from '../ast/types.ts';
import { collapseWhitespace, elementName, textContent } from '../ast/query.ts';
import type { DialplanChange } from './types.ts';
import { compareWords, type WordComparison } from './word-diff.ts';

/** Old name → new name of every renamed element. */
export type Renames = ReadonlyMap<string, string>;

export function renamesOf(match: ReadonlyMap<ElementNode, ElementNode>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [element, old] of match) {
    const before = elementName(old);
    const after = elementName(element);
    if (after !== undefined && isRename(before, after)) renames.set(before, after);
  }
  return renames;
}

function isRename(before: string | undefined, after: string | undefined): before is string {
  return (
    before !== undefined && after !== undefined && before !== '' && after !== '' && before !== after
  );
}

/** The `renamed` and `changed` entries of a matched pair, without their position fields. */
export function elementChanges(
  old: ElementNode,
  element: ElementNode,
  renames: Renames,
  base: DialplanChange,
): DialplanChange[] {
  const changes: DialplanChange[] = [];
  const before = attributesOf(old);
  const after = attributesOf(element);
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (a?.value === b?.value) continue;
    if (key === 'goto' && element.kind === 'catch' && followsRename(a?.value, b?.value, renames))
      continue;
    const kind = key === 'name' && isRename(a?.value, b?.value) ? 'renamed' : 'changed';
    const field = `attribute:${b?.name ?? a?.name ?? key}`;
    changes.push(withValues({ ...base, kind, field }, a?.value, b?.value));
  }
  const oldText = collapseWhitespace(textContent(old));
  const newText = collapseWhitespace(textContent(element));
  const gotoFollows = element.kind === 'goto' && followsRename(oldText, newText, renames);
  if (oldText !== newText && !gotoFollows) {
    const change = withValues({ ...base, kind: 'changed', field: 'text' }, oldText, newText);
    const comparison = compareWords(oldText, newText);
    const entry: DialplanChange = { ...change, words: comparison.words };
    if (comparison.whole) entry.note = wholeNote(comparison);
    changes.push(entry);
  }
  return changes;
}

function wholeNote({ beforeWords, afterWords }: WordComparison): string {
  return `compared as a whole: ${beforeWords} → ${afterWords} words is too long for a word diff`;
}

function followsRename(before: string | undefined, after: string | undefined, renames: Renames) {
  // `after` must be there: a removed catch@goto is a change, even when its target was not renamed.
  return before !== undefined && after !== undefined && renames.get(before.trim()) === after.trim();
}

function withValues(change: DialplanChange, old: string | undefined, next: string | undefined) {
  const out = { ...change };
  if (old !== undefined) out.old = old;
  if (next !== undefined) out.new = next;
  return out;
}

/** Attributes by lower-cased name (the platform's names are case-insensitive; order is not content). */
function attributesOf(element: ElementNode): Map<string, { name: string; value: string }> {
  const map = new Map<string, { name: string; value: string }>();
  for (const a of element.attributes)
    map.set(a.name.toLowerCase(), { name: a.name, value: a.value });
  return map;
}
