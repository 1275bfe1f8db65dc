/**
 * Where a goto lands (`ctx.jumpOf`) is read in the source when the goto holds plain text; it must be
 * exactly what the names table says for the goto's trimmed text content, whatever the goto holds:
 * spaces and line breaks around the name, entities, comments, CDATA, non-ASCII spaces, names written
 * with entities, empty gotos and names, and elements built by hand.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { textContent } from '../ast/query.ts';
import type { DialplanDocument } from '../ast/types.ts';
import { createContext } from './context.ts';

function expectJumpsLikeTheText(document: DialplanDocument): number {
  const ctx = createContext(document);
  let gotos = 0;
  ctx.elements.forEach((e, o) => {
    const expected = e.kind === 'goto' ? (ctx.byName.get(textContent(e).trim()) ?? -1) : -1;
    expect(ctx.jumpOf(o), `${e.kind} #${o}`).toBe(expected);
    if (e.kind === 'goto') gotos++;
  });
  return gotos;
}

const TRICKY = `<dialplan name="Main">
  <play type="tts" name="A">a</play>
  <play type="tts" name="B&amp;C">b</play>
  <play type="tts" name="">empty</play>
  <play type="tts" name=" spaced ">s</play>
  <play type="tts" name="\u00e9t\u00e9">e</play>
  <play type="tts" name="Q&#49;">q</p>
  <goto>A</goto>
  <goto>  A \n </goto>
  <goto>\tA\r\n</goto>
  <goto>B&amp;C</goto>
  <goto>Q1</goto>
  <goto>Q&#49;</goto>
  <goto><!-- to --> A</goto>
  <goto><![CDATA[A]]></goto>
  <goto>\u00a0A</goto>
  <goto>\u00e9t\u00e9</goto>
  <goto>spaced</goto>
  <goto> </goto>
  <goto></goto>
  <goto/>
  <goto>Nowhere</goto>
  <goto>A<hangup/></goto>
  <goto>A`;

describe('jumpOf', () => {
  it('lands where the names table sends the trimmed text, on every fixture', () => {
    let gotos = 0;
    for (const text of FIXTURE_TEXTS) gotos += expectJumpsLikeTheText(parseDialplan(text).document);
    expect(gotos).toBeGreaterThan(20);
  });

  it('lands the same on gotos with spaces, entities, comments, CDATA and broken markup', () => {
    expect(expectJumpsLikeTheText(parseDialplan(TRICKY).document)).toBe(17);
    const { document } = parseDialplan(TRICKY);
    const ctx = createContext(document);
    const named = (name: string) => ctx.byName.get(name);
    const jumps = ctx.elements.flatMap((e, o) => (e.kind === 'goto' ? [ctx.jumpOf(o)] : []));
    expect(jumps.slice(0, 4)).toEqual([named('A'), named('A'), named('A'), named('B&C')]);
    expect(jumps.slice(4, 9)).toEqual([
      named('Q1'),
      named('Q1'),
      named('A'),
      named('A'),
      named('A'),
    ]);
    expect(jumps.slice(9, 15)).toEqual([named('été'), -1, named(''), named(''), named(''), -1]);
    expect(jumps.slice(15)).toEqual([named('A'), named('A')]);
    expect(named('')).toBeGreaterThan(0);
  });

  it('lands the same on a tree built by hand (no source to read)', () => {
    const { document } = parseDialplan(TRICKY);
    const copy = JSON.parse(JSON.stringify(document)) as DialplanDocument;
    expectJumpsLikeTheText(copy);
  });
});
