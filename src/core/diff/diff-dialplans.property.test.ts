/**
 * Properties of the semantic diff over every fixture: a text diffed with itself is empty, and after one
 * random graph edit (the studio's own edit operations) the diff names exactly the edited element. Where
 * the edited element has a twin (same content, same parent), either may be named: they are the same.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { allElements, childElements, elementAtOffset, elementName } from '../ast/query.ts';
import { setAttribute } from '../edit/attributes.ts';
import { insertSnippet } from '../edit/insert.ts';
import { isWithin, parentElement } from '../edit/lookup.ts';
import { moveElement } from '../edit/move.ts';
import { applyPatches, type TextPatch } from '../edit/patch.ts';
import { deleteElement } from '../edit/remove.ts';
import { renameElement } from '../edit/rename.ts';
import { setTextContent } from '../edit/text-content.ts';
import { parseDialplan } from '../xml/parse.ts';
import { contentKeys } from './content-key.ts';
import { diffDialplans } from './diff-dialplans.ts';

const TEXTS = readdirSync('fixtures/callfire')
  .filter((f) => f.endsWith('.xml'))
  .map((f) => readFileSync(`fixtures/callfire/${f}`, 'utf8'))
  .filter((text) => parseDialplan(text).diagnostics.every((d) => d.severity !== 'error'));

type Op = 'attribute' | 'text' | 'rename' | 'delete' | 'insert' | 'move';

interface Edited {
  after: DialplanDocument;
  /** The edited element: its id in the old text (delete) or in the new one. */
  side: 'old' | 'new';
  id: string;
}

/** Applies one edit to the element at `pick`; undefined when it does not apply to that element. */
function edit(doc: DialplanDocument, op: Op, pick: number, target: number): Edited | undefined {
  const elements = allElements(doc).slice(1);
  const element = elements[pick % elements.length];
  if (!element) return undefined;
  const id = element.id;
  const result = (patches: TextPatch[], side: 'old' | 'new' = 'new'): Edited => ({
    after: parseDialplan(applyPatches(doc.source, patches)).document,
    side,
    id,
  });
  switch (op) {
    case 'attribute':
      return result(setAttribute(doc, id, 'timeout', '4242'));
    case 'text':
      if (childElements(element).length > 0) return undefined;
      return result(setTextContent(doc, id, 'A brand new prompt text'));
    case 'rename':
      // Renaming a question menu also renames the stash names derived from its name (edit/rename.ts):
      // more than one element changes, by design, so this property leaves such menus out.
      if (!elementName(element) || hasStash(element)) return undefined;
      return result(renameElement(doc, id, 'renamed_by_property'));
    case 'delete':
      return result(deleteElement(doc, id), 'old');
    case 'insert': {
      const { patches, focusOffset = 0 } = insertSnippet(doc, '<wait>1234</wait>', {
        anchorId: id,
        where: 'after',
      });
      const after = parseDialplan(applyPatches(doc.source, patches)).document;
      return { after, side: 'new', id: elementAtOffset(after, focusOffset + 1)?.id ?? '' };
    }
    case 'move':
      return moved(doc, element, elements[target % elements.length]);
  }
}

function hasStash(element: ElementNode): boolean {
  return childElements(element).some((child) => child.kind === 'stash' || hasStash(child));
}

/** Moves an element to the end of another container (not its own parent, not inside itself). */
function moved(doc: DialplanDocument, element: ElementNode, into: ElementNode | undefined) {
  if (!into || childElements(into).length === 0 || isWithin(into.id, element.id)) return undefined;
  if (parentElement(doc, element.id) === into) return undefined;
  const { patches, focusOffset = 0 } = moveElement(doc, element.id, {
    anchorId: into.id,
    where: 'lastChild',
  });
  const after = parseDialplan(applyPatches(doc.source, patches)).document;
  return { after, side: 'new' as const, id: elementAtOffset(after, focusOffset + 1)?.id ?? '' };
}

/** An element as "its parent and its content", so that a twin counts as the same element. */
function identity(doc: DialplanDocument, id: string): string {
  const keyOf = contentKeys();
  const element = allElements(doc).find((e) => e.id === id);
  const parent = parentElement(doc, id);
  return `${parent?.id ?? ''} ${element ? keyOf(element) : id}`;
}

describe('diffDialplans properties', () => {
  it('a text diffed with itself is empty', () => {
    for (const text of TEXTS) {
      const { document } = parseDialplan(text);
      expect(diffDialplans(document, parseDialplan(text).document)).toEqual([]);
    }
  });

  it('after one random graph edit, the diff names exactly the edited element', () => {
    const ops: Op[] = ['attribute', 'text', 'rename', 'delete', 'insert', 'move'];
    fc.assert(
      fc.property(
        fc.nat(TEXTS.length - 1),
        fc.constantFrom(...ops),
        fc.nat(),
        fc.nat(),
        (which, op, pick, target) => {
          const before = parseDialplan(TEXTS[which] ?? '').document;
          const edited = edit(before, op, pick, target);
          fc.pre(edited !== undefined);
          if (!edited) return;
          const changes = diffDialplans(before, edited.after);
          const named = new Set(
            changes.map((c) => identity(c.kind === 'removed' ? before : edited.after, c.path)),
          );
          const expected = identity(edited.side === 'old' ? before : edited.after, edited.id);
          expect([...named]).toEqual([expected]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
