/** Text a parser meets in the wild: lone CR line ends, NUL bytes, and more errors than it reports. */
import { describe, expect, it } from 'vitest';
import { analyseDialplan } from '../validate/index.ts';
import { parseDialplan } from './parse.ts';
import { PositionMapper } from './positions.ts';

describe('positions', () => {
  it('counts a lone CR as a line end, like LF and CRLF', () => {
    const map = new PositionMapper('a\rb\r\nc\nd');
    expect([0, 2, 5, 7].map((offset) => map.at(offset))).toEqual([
      { offset: 0, line: 1, column: 1 },
      { offset: 2, line: 2, column: 1 },
      { offset: 5, line: 3, column: 1 },
      { offset: 7, line: 4, column: 1 },
    ]);
    expect(map.lineCount).toBe(4);
  });

  it('reports an error on line 3 of a CR-only file as 3:…, not 1:63', () => {
    const text = '<dialplan>\r  <play type="tts">hi</play>\r  <goto>Nowhere</goto>\r</dialplan>';
    const target = analyseDialplan(text).diagnostics.find((d) => d.ruleId === 'goto-target');
    expect(target?.range.start).toMatchObject({ line: 3, column: 3 });
  });
});

describe('NUL characters', () => {
  it('are reported where they stand, and the text still parses', () => {
    const { document, diagnostics } = parseDialplan(
      '<dialplan>\n  <play>a\0b</play>\0\n</dialplan>',
    );
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column])).toEqual([
      ['xml-nul', 2, 10],
      ['xml-nul', 2, 19],
    ]);
    expect(diagnostics[0]?.message).toBe(
      'A NUL character (U+0000) is not allowed in XML: delete it',
    );
    const play = document.root?.children.find((c) => c.type === 'element');
    expect(play?.type === 'element' && play.children[0]).toMatchObject({ value: 'a\0b' });
  });
});

describe('capped diagnostics say so', () => {
  it('the parser ends its list with how many more it did not show', () => {
    const { diagnostics } = parseDialplan(`<dialplan>${'\0'.repeat(700)}</dialplan>`);
    expect(diagnostics).toHaveLength(501);
    expect(diagnostics.at(-1)?.message).toBe(
      '… 200 more errors not shown (the parser reports at most 500)',
    );
  });

  it('a rule past 1,000 diagnostics adds one that counts the rest, at the first left out', () => {
    const text = `<dialplan>\n${'<foo/>\n'.repeat(1_234)}</dialplan>`;
    const unknown = analyseDialplan(text).diagnostics.filter((d) => d.ruleId === 'unknown-tag');
    expect(unknown).toHaveLength(1_001);
    const notice = unknown.at(-1);
    expect(notice?.message).toBe(
      '… 234 more like this not shown (unknown-tag reports at most 1,000)',
    );
    expect(notice?.range.start.line).toBe(1_002);
    expect(notice?.severity).toBe('warning');
  });
});
