/**
 * Attributes live in the parse's typed arrays and become objects only when read (store.ts). What the
 * validator reads without objects (`attrIndex`, `attributeNameAt`, `attributeValueAt`) must be exactly
 * what the objects say, and both must be what the start tag says, on every fixture and on damaged text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damaged, FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import type { ElementNode } from '../ast/types.ts';
import {
  allElements,
  attr,
  attrIndex,
  attributeCount,
  attributeMayReadVariable,
  attributeNameAt,
  attributeValueAt,
  attributeValueHash,
  attributeValueIs,
  attrValue,
} from '../ast/query.ts';
import { hashChars } from '../ast/names.ts';
import { decodeEntities } from './entities.ts';
import { parseDialplan } from './parse.ts';

const FIXTURES = FIXTURE_TEXTS;

interface WrittenAttribute {
  name: string;
  raw: string;
  quote: string;
  nameOffset: number;
}

/** An independent reading of a well-formed start tag: name="value" pairs found by a pattern. */
function writtenAttributes(text: string, element: ElementNode): WrittenAttribute[] {
  const start = element.openTagRange.start.offset;
  const tag = text.slice(start, element.openTagRange.end.offset);
  const afterName = 1 + element.tagName.length;
  const pairs = /([^\s=/<>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  pairs.lastIndex = afterName;
  return [...tag.matchAll(pairs)].map((m) => ({
    name: m[1] ?? '',
    raw: m[2] ?? m[3] ?? '',
    quote: m[2] !== undefined ? '"' : "'",
    nameOffset: start + (m.index ?? 0),
  }));
}

function expectAccessorsMatchObjects(element: ElementNode): void {
  const objects = element.attributes;
  expect(attributeCount(element)).toBe(objects.length);
  objects.forEach((a, k) => {
    expect(attributeNameAt(element, k)).toBe(a.name);
    expect(attributeValueAt(element, k)).toBe(a.value);
    if (a.value.includes('${')) expect(attributeMayReadVariable(element, k)).toBe(true);
    expect(attributeValueIs(element, k, a.value)).toBe(true);
    expect(attributeValueIs(element, k, `${a.value}x`)).toBe(false);
    const sameLength = (a.value.startsWith('x') ? 'y' : 'x') + a.value.slice(1);
    if (a.value !== '') expect(attributeValueIs(element, k, sameLength)).toBe(false);
    expect(attributeValueHash(element, k)).toBe(hashChars(a.value, 0, a.value.length));
    const firstExact = objects.findIndex((o) => o.name === a.name);
    const firstAnyCase = objects.findIndex((o) => o.name.toLowerCase() === a.name.toLowerCase());
    expect(attrIndex(element, a.name)).toBe(firstExact);
    expect(attrIndex(element, a.name.toUpperCase())).toBe(
      objects.findIndex((o) => o.name === a.name.toUpperCase()) === -1
        ? firstAnyCase
        : objects.findIndex((o) => o.name === a.name.toUpperCase()),
    );
  });
  expect(attrIndex(element, 'no-such-attribute')).toBe(-1);
}

describe('attributes read from the parse store', () => {
  it('are what the start tags say, on every fixture', () => {
    for (const text of FIXTURES) {
      const { document, diagnostics } = parseDialplan(text);
      if (diagnostics.some((d) => d.ruleId.startsWith('xml-'))) continue; // malformed on purpose
      for (const element of allElements(document)) {
        const written = writtenAttributes(text, element);
        expect(element.attributes.map((a) => a.name)).toEqual(written.map((w) => w.name));
        element.attributes.forEach((a, k) => {
          const w = written[k] as WrittenAttribute;
          expect(a.raw).toBe(w.raw);
          expect(a.quote).toBe(w.quote);
          expect(a.value).toBe(decodeEntities(w.raw).value.replace(/\r\n|[\t\n\r]/g, ' '));
          expect(a.nameRange.start.offset).toBe(w.nameOffset);
          expect(text.slice(a.valueRange.start.offset, a.valueRange.end.offset)).toBe(w.raw);
        });
        expectAccessorsMatchObjects(element);
      }
    }
  });

  it('decode entities, turn literal line breaks into spaces and keep character references', () => {
    const text = `<dialplan><play type='tts' name="a&amp;b" voice="x\ny" other="&#10;z">hi</play></dialplan>`;
    const play = parseDialplan(text).document.root?.children[0] as ElementNode;
    expect(play.attributes.map((a) => [a.name, a.raw, a.value, a.quote])).toEqual([
      ['type', 'tts', 'tts', "'"],
      ['name', 'a&amp;b', 'a&b', '"'],
      ['voice', 'x\ny', 'x y', '"'],
      ['other', '&#10;z', '\nz', '"'],
    ]);
    expect(attrValue(play, 'NAME')).toBe('a&b');
    expect(attr(play, 'Voice')?.valueRange.start.offset).toBe(text.indexOf('x\ny'));
  });

  it('report a name written twice in any case, and keep both', () => {
    const { document, diagnostics } = parseDialplan(
      '<dialplan><menu name="a" NAME="b"/></dialplan>',
    );
    const menu = document.root?.children[0] as ElementNode;
    expect(diagnostics.map((d) => d.message)).toEqual(["Attribute 'NAME' is written twice"]);
    expect(attrValue(menu, 'name')).toBe('a');
    expect(attrValue(menu, 'NAME')).toBe('b');
    expect(attrValue(menu, 'Name')).toBe('a');
  });

  it('find a name written twice among 20,000 attributes (in any case) without a quadratic scan', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `a${i}="${i}"`).join(' ');
    const { diagnostics } = parseDialplan(
      `<dialplan><menu ${many} A17="again" name="m"/></dialplan>`,
    );
    expect(diagnostics.map((d) => d.message)).toEqual(["Attribute 'A17' is written twice"]);
  }, 30_000);

  it('leave out a value that is not closed, and read the element on', () => {
    const { document, diagnostics } = parseDialplan(
      '<dialplan><menu name="a" timeout="5<keypress pressed="1"/></menu></dialplan>',
    );
    const menu = document.root?.children[0] as ElementNode;
    expect(diagnostics[0]?.message).toContain("attribute 'timeout' is not closed");
    expect(menu.attributes.map((a) => a.name)).toEqual(['name']);
    expect(attributeCount(menu)).toBe(1);
  });

  it('answer the same for elements built by hand', () => {
    const parsed = parseDialplan('<dialplan><menu Name="m" timeout="5"/></dialplan>').document;
    const menu = parsed.root?.children[0] as ElementNode;
    const byHand: ElementNode = {
      type: 'element',
      id: menu.id,
      kind: menu.kind,
      tagName: menu.tagName,
      attributes: menu.attributes.map((a) => ({ ...a })),
      children: [],
      range: menu.range,
      openTagRange: menu.openTagRange,
      selfClosing: true,
    };
    expect(attrIndex(byHand, 'name')).toBe(0);
    expect(attrValue(byHand, 'TIMEOUT')).toBe('5');
    expect(attributeCount(byHand)).toBe(2);
    expect(attributeNameAt(byHand, 1)).toBe('timeout');
  });

  it('agree with the objects on fixtures with random cuts and insertions', () => {
    const pieces = fc.constantFrom(
      '<',
      '"',
      "'",
      '=',
      ' a="1"',
      ' NAME="x"',
      '&amp;',
      '\n',
      '/>',
      ' b="${v}"',
      ' c="&#36;{w}"',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.nat(),
        fc.nat(40),
        pieces,
        (text, at, cut, piece) => {
          for (const element of allElements(parseDialplan(damaged(text, at, cut, piece)).document))
            expectAccessorsMatchObjects(element);
        },
      ),
      { numRuns: 200 },
    );
  });
});
