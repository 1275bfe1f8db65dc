/**
 * `format` and text that JavaScript calls whitespace but XML does not: a no-break space (U+00A0) and
 * friends are text, so formatting keeps them, and formatting is idempotent on any mix of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { formatDialplan } from './format-dialplan.ts';
import { treeShape } from './tree-shape.ts';

const format = (text: string) => formatDialplan(parseDialplan(text).document);

const NBSP = '\u00a0';

describe('format keeps non-whitespace text', () => {
  it('keeps a prompt that is only a no-break space', () => {
    const text = `<dialplan><play type="tts">${NBSP}</play></dialplan>`;
    expect(format(text)).toBe(`<dialplan>\n  <play type="tts">${NBSP}</play>\n</dialplan>\n`);
    expect(format(format(text))).toBe(format(text));
  });

  it('trims only XML whitespace around text', () => {
    const text = `<dialplan><goto> \t${NBSP}A${NBSP}\n</goto></dialplan>`;
    expect(format(text)).toBe(`<dialplan>\n  <goto>${NBSP}A${NBSP}</goto>\n</dialplan>\n`);
  });

  it('reports a no-break space before the root element as text', () => {
    const { diagnostics } = parseDialplan(`${NBSP}<dialplan/>`);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Text before the root element is not allowed',
    ]);
  });
});

/** Text pieces a generated dialplan is made of: words, XML whitespace, and characters `\s` also matches. */
const piece = fc.constantFrom(
  'a',
  'Press 1',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  NBSP,
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '&amp;',
  '${x}',
);
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

const node = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t) => `<play type="tts">${t}</play>`),
    text.map((t) => `<goto>${t}</goto>`),
    text.map((t) => `<setvar varname="v">${t}</setvar>`),
    fc
      .tuple(text, fc.array(tie('node'), { maxLength: 3 }), text)
      .map(([before, kids, after]) => `<menu>${before}${kids.join('')}${after}</menu>`),
  ),
})).node;

describe('format is idempotent on odd whitespace', () => {
  it('format(format(x)) === format(x), and the tree is kept', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 5 }), text, (nodes, between) => {
        const source = `<dialplan>${nodes.join(between)}</dialplan>`;
        const once = format(source);
        expect(format(once)).toBe(once);
        expect(treeShape(parseDialplan(once).document.children)).toEqual(
          treeShape(parseDialplan(source).document.children),
        );
      }),
      { numRuns: 300 },
    );
  });
});
