import { describe, expect, it } from 'vitest';
import { parseDialplan } from './parse.ts';

describe('parseDialplan', () => {
  it('gives elements path ids and source positions', () => {
    // given
    const text =
      '<dialplan>\n  <menu name="A"><keypress pressed="1"/><keypress pressed="2"/></menu>\n</dialplan>';
    // when
    const { document, diagnostics } = parseDialplan(text);
    // then
    expect(diagnostics).toEqual([]);
    const menu = document.root?.children.find((c) => c.type === 'element');
    expect(menu?.id).toBe('/dialplan/menu');
    expect(menu?.range.start).toEqual({ offset: 13, line: 2, column: 3 });
    if (menu?.type !== 'element') throw new Error('no menu');
    expect(menu.children.map((c) => c.id)).toEqual([
      '/dialplan/menu/keypress[1]',
      '/dialplan/menu/keypress[2]',
    ]);
  });

  it('points a raw & at its line and column', () => {
    const { diagnostics } = parseDialplan('<dialplan>\n<get>http://x?a=1&b=2</get></dialplan>');
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      range: { start: { line: 2, column: 18 } },
    });
  });

  it('refuses a DOCTYPE without expanding its entities', () => {
    const lol =
      '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const { diagnostics } = parseDialplan(`${lol}<dialplan><play type="tts">&b;</play></dialplan>`);
    expect(diagnostics.map((d) => d.ruleId)).toContain('xml-doctype');
    expect(diagnostics.some((d) => d.message.includes("Unknown entity '&b;'"))).toBe(true);
  });

  it('keeps comments and CDATA, and matches tag names case-insensitively', () => {
    const { document } = parseDialplan(
      '<!-- hi --><DialPlan><NotEqual var="1" expr="2"><![CDATA[<x>]]></NotEqual></DialPlan>',
    );
    expect(document.children[0]).toMatchObject({ type: 'comment', value: ' hi ' });
    const ne = document.root?.children[0];
    expect(ne).toMatchObject({ kind: 'notEqual', tagName: 'NotEqual' });
    if (ne?.type !== 'element') throw new Error('no element');
    expect(ne.children[0]).toMatchObject({ type: 'cdata', value: '<x>' });
  });

  it('reports unclosed elements and never throws on a cut-off document', () => {
    const { document, diagnostics } = parseDialplan('<dialplan><menu><play type="tts">Hi');
    expect(document.root?.kind).toBe('dialplan');
    expect(diagnostics.filter((d) => d.message.includes('never closed'))).toHaveLength(3);
  });
});
