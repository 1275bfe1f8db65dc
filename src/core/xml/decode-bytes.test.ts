import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from './parse.ts';
import { decodeDialplanBytes, MAX_ENCODING_DIAGNOSTICS } from './decode-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: (Uint8Array | readonly number[])[]) =>
  new Uint8Array(parts.flatMap((p) => [...p]));
const where = (d: { range: { start: { line: number; column: number } } }) =>
  `${d.range.start.line}:${d.range.start.column}`;

describe('decodeDialplanBytes', () => {
  it('reads valid UTF-8 as it is, with no diagnostics', () => {
    const decoded = decodeDialplanBytes(utf8('<dialplan>é 😀</dialplan>'));
    expect(decoded).toEqual({
      text: '<dialplan>é 😀</dialplan>',
      encoding: 'utf-8',
      diagnostics: [],
    });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const decoded = decodeDialplanBytes(join([0xef, 0xbb, 0xbf], utf8('<dialplan/>')));
    expect(decoded.text).toBe('<dialplan/>');
    expect(decoded.diagnostics).toEqual([]);
  });

  it('reports invalid UTF-8 at its line and column, keeping the rest of the text', () => {
    const bytes = join(utf8('<dialplan>\n  <play>caf'), [0xe9], utf8('</play>\n</dialplan>'));
    const decoded = decodeDialplanBytes(bytes);
    expect(decoded.text).toBe('<dialplan>\n  <play>caf\ufffd</play>\n</dialplan>');
    expect(decoded.diagnostics.map((d) => [where(d), d.severity, d.ruleId, d.message])).toEqual([
      [
        '2:12',
        'error',
        'encoding',
        'Invalid UTF-8 (E9 at byte offset 22), shown as \ufffd: save the file as UTF-8',
      ],
    ]);
  });

  it('replaces exactly what a browser replaces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const file = join(utf8('<a>'), bytes);
        const decoded = decodeDialplanBytes(file);
        fc.pre(decoded.encoding === 'utf-8'); // mostly-NUL noise may read as UTF-16, rightly
        expect(decoded.text).toBe(new TextDecoder().decode(file));
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(file);
        } catch {
          valid = false;
        }
        expect(decoded.diagnostics.length > 0).toBe(!valid);
        const replaced = decoded.text.split('\ufffd').length - 1;
        expect(decoded.diagnostics.length).toBeLessThanOrEqual(replaced);
      }),
      { numRuns: 300 },
    );
  });

  it('says how many invalid sequences it did not show', () => {
    const bytes = join(utf8('<dialplan>'), new Array(150).fill(0xff), utf8('</dialplan>'));
    const { diagnostics } = decodeDialplanBytes(bytes);
    expect(diagnostics).toHaveLength(MAX_ENCODING_DIAGNOSTICS + 1);
    expect(diagnostics.at(-1)?.message).toBe('… 50 more invalid UTF-8 sequences not shown');
  });

  it.each([
    ['with a byte-order mark', 'utf-16le', [0xff, 0xfe], 'little-endian'],
    ['by its NUL pattern', 'utf-16le', [], 'little-endian'],
    ['big-endian with a byte-order mark', 'utf-16be', [0xfe, 0xff], 'big-endian'],
  ] as const)('names a UTF-16 file (%s) and still reads it', (_, encoding, bom, order) => {
    const text = '<dialplan>\n  <hangup/>\n</dialplan>';
    const units = Array.from(text, (c) => c.charCodeAt(0));
    const body = units.flatMap((u) =>
      encoding === 'utf-16le' ? [u & 255, u >> 8] : [u >> 8, u & 255],
    );
    const decoded = decodeDialplanBytes(join(bom, body));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.diagnostics.map((d) => [where(d), d.message])).toEqual([
      ['1:1', `The file is UTF-16 (${order}): it was read as such here; save it as UTF-8`],
    ]);
    expect(parseDialplan(decoded.text).diagnostics).toEqual([]);
  });

  it('leaves NUL bytes to the parser, which reports each with its position', () => {
    const decoded = decodeDialplanBytes(
      join(utf8('<dialplan>\n<play>a'), [0], utf8('</play></dialplan>')),
    );
    expect(decoded.diagnostics).toEqual([]);
    const nul = parseDialplan(decoded.text).diagnostics.filter((d) => d.ruleId === 'xml-nul');
    expect(nul.map(where)).toEqual(['2:8']);
  });
});
