/**
 * An element's children are made when first read, from the parse's arrays (text, comments, CDATA and
 * processing instructions are kept as numbers until then). For every text — each fixture, damaged at
 * random, and generated polls — every element's children must be exactly what the text holds: in
 * document order, inside the element, each pointing back at it, the child elements those of the parse's
 * index, and, in a well-formed text, nothing between two children but white space.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { elementIndexOf } from '../ast/element-index.ts';
import type { ChildNode, DialplanDocument, ElementNode } from '../ast/types.ts';
import { decodeEntities } from './entities.ts';
import { mutate, mutation } from './mutations.test-support.ts';
import { parseDialplan } from './parse.ts';
import { ParsedElement } from './nodes.ts';
import { isXmlSpace } from './whitespace.ts';
import { generatePoll } from '../../../bench/gen-poll.ts';

function startOf(node: ChildNode): number {
  return node.range.start.offset;
}

function endOf(node: ChildNode): number {
  return node.range.end.offset;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Checks one element's children against the text; returns how many elements it checked in all. */
function checkElement(
  text: string,
  e: ParsedElement,
  wellFormed: boolean,
  kids: (o: number) => number[],
): number {
  const contentStart = e.openEnd;
  const contentEnd = e.closeStart === -1 ? e.end : e.closeStart;
  const children = e.children;
  expect(children).toBe(e.children); // made once, then the same list
  let at = contentStart;
  for (const child of children) {
    expect(startOf(child)).toBeGreaterThanOrEqual(at);
    expect(endOf(child)).toBeLessThanOrEqual(contentEnd);
    if (wellFormed) expect(isBlank(text, at, startOf(child))).toBe(true);
    if (child.type === 'element') expect((child as ParsedElement).parentElement).toBe(e);
    else expect((child as { parentElement?: unknown }).parentElement).toBe(e);
    if (child.type === 'text') {
      expect(child.raw).toBe(text.slice(startOf(child), endOf(child)));
      if (child.raw.startsWith('<')) expect(child.value).toBe(child.raw);
      else expect(child.value).toBe(decodeEntities(child.raw).value);
    }
    at = endOf(child);
  }
  if (wellFormed) expect(isBlank(text, at, contentEnd)).toBe(true);
  const elements = children.filter((c): c is ElementNode => c.type === 'element');
  expect(elements.map((c) => (c as ParsedElement).ordinal)).toEqual(kids(e.ordinal));
  let checked = 1;
  for (const child of elements)
    checked += checkElement(text, child as ParsedElement, wellFormed, kids);
  return checked;
}

/** Checks every element of `text`'s parse; returns how many there were. */
function checkChildren(text: string): number {
  const { document, diagnostics } = parseDialplan(text);
  const wellFormed = !diagnostics.some((d) => d.severity === 'error');
  const index = elementIndexOf(document as DialplanDocument);
  const kids = (o: number) =>
    Array.from(index.kidList.subarray(index.kidStart[o] ?? 0, index.kidStart[o + 1] ?? 0));
  let checked = 0;
  for (const top of document.children)
    if (top.type === 'element')
      checked += checkElement(text, top as ParsedElement, wellFormed, kids);
  expect(checked).toBe(index.elements.length);
  return checked;
}

describe("an element's children, made when first read", () => {
  it('are what every fixture holds, in order', () => {
    for (const text of FIXTURE_TEXTS) checkChildren(text);
  });

  it('are what a generated poll holds (1 and 40 questions)', () => {
    expect(checkChildren(generatePoll(1))).toBeGreaterThan(10);
    expect(checkChildren(generatePoll(40))).toBeGreaterThan(400);
  });

  it('hold comments, CDATA, processing instructions and text with entities in their places', () => {
    const text =
      '<dialplan><!-- a --><play type="tts">A &amp; B<![CDATA[${x} <b>]]>c</play><?pi x?>\n' +
      '  <menu><keypress pressed="1"><hangup/></keypress>tail &lt;</menu></dialplan>';
    checkChildren(text);
    const play = parseDialplan(text).document.root?.children[1] as ElementNode;
    expect(play.children.map((c) => [c.type, 'value' in c ? c.value : ''])).toEqual([
      ['text', 'A & B'],
      ['cdata', '${x} <b>'],
      ['text', 'c'],
    ]);
  });

  it('are what the text holds after random damage to any fixture', () => {
    fc.assert(
      fc.property(
        fc.nat(FIXTURE_TEXTS.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 8 }),
        (which, mutations) => {
          checkChildren(mutations.reduce(mutate, FIXTURE_TEXTS[which] ?? ''));
        },
      ),
      { numRuns: 500 },
    );
  });
});
