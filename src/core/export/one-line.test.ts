import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonStringLiteral, toOneLine } from './one-line.ts';
import { toPretty } from './pretty.ts';
import { treeSignature } from './tree-signature.ts';
import { importDialplan } from './import.ts';

const poll = readFileSync('public/examples/political-poll.xml', 'utf8');
const seedCurl = readFileSync('fixtures/export/political-poll-curl.sh', 'utf8');

describe('toOneLine', () => {
  it('gives the political poll exactly as the seed broadcast body carries it', () => {
    const seed = importDialplan(seedCurl);
    if (!seed.ok) throw new Error(seed.error);
    expect(toOneLine(poll)).toBe(seed.xml.trim());
  });

  it('has no newline and parses to the same tree', () => {
    const line = toOneLine(poll);
    expect(line).not.toMatch(/[\r\n]/);
    expect(treeSignature(line)).toEqual(treeSignature(poll));
  });

  it('keeps comments, CDATA, non-ASCII and escaped characters', () => {
    const text = `<?xml version="1.0"?>\n<dialplan name="x">\n  <!-- a\n  comment -->\n  <play type="tts">Grüße &amp; ${'&lt;'}3 <![CDATA[ a < b ]]></play>\n  <hangup/>\n</dialplan>\n`;
    const line = toOneLine(text);
    expect(line).toBe(
      '<?xml version="1.0"?> <dialplan name="x"> <!-- a comment --> <play type="tts">Grüße &amp; &lt;3 <![CDATA[ a < b ]]></play> <hangup/> </dialplan>',
    );
    expect(treeSignature(line)).toEqual(treeSignature(text));
  });

  it('turns newlines inside attribute values into the spaces a parser would see', () => {
    const text = '<dialplan name="a\nb"><hangup/></dialplan>';
    expect(toOneLine(text)).toBe('<dialplan name="a b"><hangup/></dialplan>');
  });

  it('still gives one line for text that is not well-formed', () => {
    expect(toOneLine('<dialplan>\n  <play>hi\n</dialplan>')).toBe(
      '<dialplan> <play>hi </dialplan>',
    );
  });
});

describe('toJsonStringLiteral', () => {
  it('JSON.parse of it is the one-line XML', () => {
    const literal = toJsonStringLiteral(poll);
    expect(literal.startsWith('"<dialplan name=\\"Root\\">')).toBe(true);
    expect(JSON.parse(literal)).toBe(toOneLine(poll));
  });
});

describe('toPretty', () => {
  it('formats a one-line dialplan back to indented lines with the same tree', () => {
    const pretty = toPretty(toOneLine(poll));
    expect(pretty.split('\n').length).toBeGreaterThan(40);
    expect(pretty).toContain('\n  <amd>');
    expect(treeSignature(pretty)).toEqual(treeSignature(poll));
  });

  it('leaves text with syntax errors as written', () => {
    expect(toPretty('<dialplan><play>hi</dialplan>')).toBe('<dialplan><play>hi</dialplan>');
  });
});
