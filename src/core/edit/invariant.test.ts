/**
 * The promise of every edit: the text outside the touched element stays byte-identical (comments, blank
 * lines, formatting), and the result is still well-formed. Checked on every element of the fixtures that
 * have comments.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ElementNode } from '../ast/types.ts';
import { parseDialplan } from '../xml/parse.ts';
import { setAttribute } from './attributes.ts';
import { duplicateElement } from './clipboard.ts';
import { insertSnippet } from './insert.ts';
import { indexOf } from './lookup.ts';
import { deleteElement } from './remove.ts';
import { renameElement } from './rename.ts';
import { edited, parse, readFixture } from './edit.test-support.ts';

const withComments = readdirSync(new URL('../../../fixtures/callfire/', import.meta.url))
  .filter((file) => file.endsWith('.xml'))
  .map((file) => `callfire/${file}`)
  .filter((path) => {
    const text = readFixture(path);
    const syntax = parseDialplan(text).diagnostics.filter((d) => d.ruleId.startsWith('xml-'));
    return text.includes('<!--') && syntax.length === 0;
  });

/** Asserts that before and after differ only within [from, to) of `before`. */
function expectChangeWithin(before: string, after: string, from: number, to: number) {
  const head = before.slice(0, from);
  const tail = before.slice(to);
  expect(after.length).toBeGreaterThanOrEqual(head.length + tail.length);
  expect(after.startsWith(head)).toBe(true);
  expect(after.endsWith(tail)).toBe(true);
}

function elementsOf(path: string): { text: string; elements: ElementNode[] } {
  const text = readFixture(path);
  return { text, elements: indexOf(parse(text)).ordered };
}

describe('edits leave everything else byte-identical', () => {
  it('has fixtures with comments to check', () => {
    expect(withComments.length).toBeGreaterThan(10);
  });

  it.each(withComments)('%s: setting an attribute touches only that open tag', (path) => {
    const { text, elements } = elementsOf(path);
    for (const element of elements) {
      const doc = parse(text);
      const out = edited(doc, setAttribute(doc, element.id, 'name', `n&"${element.id}`));
      expectChangeWithin(
        text,
        out,
        element.openTagRange.start.offset,
        element.openTagRange.end.offset,
      );
    }
  });

  it.each(withComments)('%s: deleting and duplicating touch only that element', (path) => {
    const { text, elements } = elementsOf(path);
    for (const element of elements.slice(1)) {
      const doc = parse(text);
      const start = text.lastIndexOf('\n', element.range.start.offset) + 1;
      const lineEnd = text.indexOf('\n', element.range.end.offset);
      const end = lineEnd === -1 ? text.length : lineEnd + 1;
      expectChangeWithin(text, edited(doc, deleteElement(doc, element.id)), start, end);
      const copy = edited(doc, duplicateElement(doc, element.id).patches);
      // the copy goes right after the element (past comments on the same line)
      const endLine = text.indexOf('\n', element.range.end.offset);
      const sameLine = endLine === -1 ? text.length : endLine;
      expectChangeWithin(text, copy, element.range.end.offset, sameLine);
    }
  });

  it.each(withComments)('%s: inserting and renaming keep every comment', (path) => {
    const { text, elements } = elementsOf(path);
    const comments = text.match(/<!--[\s\S]*?-->/g) ?? [];
    const named = elements.find((e) => e.attributes.some((a) => a.name === 'name'));
    const doc = parse(text);
    const inserted = edited(
      doc,
      insertSnippet(doc, '<hangup/>', { anchorId: elements[0]!.id, where: 'lastChild' }).patches,
    );
    expect(inserted.match(/<!--[\s\S]*?-->/g) ?? []).toEqual(comments);
    if (named) {
      const renamed = edited(doc, renameElement(doc, named.id, 'Renamed_Node'));
      expect(renamed.match(/<!--[\s\S]*?-->/g) ?? []).toEqual(comments);
    }
  });
});
