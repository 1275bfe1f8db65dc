/**
 * The name table must answer exactly what a Map from each element's decoded `name` to its first
 * ordinal answers: on every fixture, on thousands of names (collisions and wrap-around in the probing),
 * on names with entities and line breaks, and on trees built by hand.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { elementIndexOf } from './element-index.ts';
import { collectNames } from './name-table.ts';
import { attrValue } from './query.ts';
import type { ElementNode } from './types.ts';

function expectLikeAMap(elements: readonly ElementNode[], probes: readonly string[] = []): void {
  const first = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  elements.forEach((e, o) => {
    const name = attrValue(e, 'name');
    if (name === undefined) return;
    const at = first.get(name);
    if (at === undefined) first.set(name, o);
    else repeats.set(name, [...(repeats.get(name) ?? [at]), o]);
  });
  const names = collectNames(elements);
  for (const [name, o] of first) expect(names.byName.get(name)).toBe(o);
  for (const probe of probes) expect(names.byName.get(probe)).toBe(first.get(probe));
  expect(names.sameName).toEqual(repeats);
}

const elementsOf = (text: string) => elementIndexOf(parseDialplan(text).document).elements;

describe('collectNames', () => {
  it('answers like a Map on every fixture', () => {
    for (const text of FIXTURE_TEXTS) expectLikeAMap(elementsOf(text), ['', 'Live', 'live ', 'x']);
  });

  it('answers like a Map on 5,000 names with repeats and near-misses', () => {
    const plays = Array.from(
      { length: 5000 },
      (_, i) => `<play type="tts" name="n${i % 3700}">${i}</play>`,
    );
    const text = `<dialplan>${plays.join('')}</dialplan>`;
    expectLikeAMap(elementsOf(text), ['n1', 'n3699', 'n3700', 'n01', 'N1', 'n1 ']);
  });

  it('compares decoded names: entities and line breaks, in any attribute case', () => {
    const text =
      '<dialplan><menu name="a&amp;b"/><menu NAME="x\ny"/><menu name="a&#38;b"/><goto>a&amp;b</goto></dialplan>';
    const elements = elementsOf(text);
    expectLikeAMap(elements, ['a&b', 'x y', 'x\ny', 'a&amp;b']);
    expect(collectNames(elements).byName.get('a&b')).toBe(1);
    expect(collectNames(elements).sameName.get('a&b')).toEqual([1, 3]);
  });

  it('answers the same for elements built by hand', () => {
    const parsed = elementsOf(
      '<dialplan><menu name="m"/><play name="p"/><menu name="m"/></dialplan>',
    );
    const byHand = parsed.map((e) => ({
      ...e,
      type: e.type,
      kind: e.kind,
      tagName: e.tagName,
      attributes: e.attributes.map((a) => ({ ...a, name: a.name, value: a.value })),
      children: [],
    }));
    expectLikeAMap(byHand, ['m', 'p', 'q']);
  });
});
