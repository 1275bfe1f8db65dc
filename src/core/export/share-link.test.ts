import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressUriBounded } from './lz-bounded.ts';
import {
  MAX_SHARED_CHARACTERS,
  decodeShareFragment,
  encodeShareFragment,
  readShareFragment,
  shareChecksum,
  shareUrl,
} from './share-link.ts';

const tricky =
  '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- Grüße, 日本語, emoji 📞 -->\n<dialplan name="ñ">\n\t<play type="tts">Ça va? &amp; 1+1=2 #hash%20</play>\n</dialplan>';

/** A link made by the studio before links had a version and checksum (computed with that code). */
const OLD_LINK_TEXT =
  '<dialplan name="Root">\n  <play type="tts" name="Hi">Made before links had a checksum.</play>\n  <hangup name="Bye"/>\n</dialplan>\n';
const OLD_LINK =
  '#dialplan=DwEwlghgNgDlEDsAECIFsCmBeARAJQHsCAXHAPgCgklg4IBPJY+mbHY4gZxxXTYAkw5ALIQQGJACMMAMwIAnCVDAIA1pyQALMUghIAxpoz71AVzQA6YAHo69StWDaEAc1MxemXACF6GHNaUNuDQdAiUQA';

describe('share links', () => {
  it('round-trip a document with comments and non-ASCII text byte for byte', () => {
    const url = shareUrl('http://127.0.0.1:4173/#old', tricky);
    expect(url.startsWith('http://127.0.0.1:4173/#dialplan=v2.')).toBe(true);
    expect(url).toMatch(/^[\w:/.#=+$-]+$/);
    expect(decodeShareFragment(new URL(url).hash)).toBe(tricky);
  });

  it('round-trip any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        expect(decodeShareFragment(encodeShareFragment(text))).toBe(text);
      }),
    );
  });

  it('still open links made before the version and checksum', () => {
    expect(readShareFragment(OLD_LINK)).toEqual({ kind: 'document', text: OLD_LINK_TEXT });
  });

  it('give nothing for other fragments', () => {
    expect(readShareFragment('#section-2')).toEqual({ kind: 'none' });
    expect(readShareFragment('')).toEqual({ kind: 'none' });
  });

  it('call an empty or undecodable link damaged', () => {
    expect(readShareFragment('#dialplan=')).toMatchObject({ kind: 'damaged' });
    expect(readShareFragment('#dialplan=%%%')).toMatchObject({ kind: 'damaged' });
  });

  it('never open part of the document from a link cut short', () => {
    const fragment = encodeShareFragment(tricky);
    let damagedCount = 0;
    for (let cut = 'dialplan='.length + 1; cut < fragment.length; cut++) {
      const shared = readShareFragment(fragment.slice(0, cut));
      // The last character or so can be padding: losing it loses nothing.
      if (shared.kind === 'document') expect(shared.text, `cut at ${cut}`).toBe(tricky);
      else damagedCount += 1;
    }
    expect(damagedCount).toBeGreaterThan(fragment.length - 20);
  });

  it('call a link with any one character of its data changed damaged, or decode it exactly', () => {
    const fragment = encodeShareFragment(tricky);
    const dataStart = fragment.lastIndexOf('.') + 1;
    fc.assert(
      fc.property(
        fc.integer({ min: dataStart, max: fragment.length - 1 }),
        fc.constantFrom(...'ABCxyz0189+-$'),
        (at, replacement) => {
          const changed = fragment.slice(0, at) + replacement + fragment.slice(at + 1);
          const shared = readShareFragment(changed);
          if (shared.kind === 'document') expect(shared.text).toBe(tricky);
          else expect(shared.kind).toBe('damaged');
        },
      ),
    );
  });

  it('say why: cut short, checksum, or an unknown format', () => {
    const fragment = encodeShareFragment('<dialplan/>');
    const [, length, checksum, data] = fragment.split('.');
    expect(readShareFragment(`dialplan=v2.${length}`)).toMatchObject({
      reason: expect.stringMatching(/cut short/),
    });
    const wrongSum = shareChecksum('<dialplan />');
    expect(readShareFragment(`dialplan=v2.${length}.${wrongSum}.${data}`)).toMatchObject({
      reason: expect.stringMatching(/checksum/),
    });
    expect(readShareFragment(`dialplan=v9.${length}.${checksum}.${data}`)).toMatchObject({
      reason: expect.stringMatching(/format v9/),
    });
  });
});

describe('share links over the size limit (issue 30)', () => {
  it('a link that says it holds 50 million characters is refused before decompressing', () => {
    const small = encodeShareFragment('<dialplan/>').split('.');
    const fragment = [small[0], (50_000_000).toString(36), small[2], small[3]].join('.');
    const shared = readShareFragment(fragment);
    expect(shared.kind).toBe('damaged');
    expect(shared.kind === 'damaged' && shared.reason).toBe(
      'This share link holds a document of 50,000,000 characters; a link may open at most ' +
        `${MAX_SHARED_CHARACTERS.toLocaleString('en-US')} characters. Nothing was opened; ask for the file instead.`,
    );
  });

  it('a link under the limit opens; over it, a link made before version 2 is refused as too long', () => {
    const text = `<dialplan>${'<play>x</play>'.repeat(200)}</dialplan>`;
    expect(readShareFragment(encodeShareFragment(text), text.length)).toEqual({
      kind: 'document',
      text,
    });
    const old = `dialplan=${encodeShareFragment(text).split('.')[3] ?? ''}`;
    const refused = readShareFragment(old, 1000);
    expect(refused.kind === 'damaged' && refused.reason).toMatch(
      /^This share link holds a longer document; a link may open at most 1,000 characters\./,
    );
  });

  it('a link that understates its length stops decompressing at the length it states', () => {
    const fragment = encodeShareFragment('a'.repeat(100_000)).split('.');
    const lying = [fragment[0], (100).toString(36), fragment[2], fragment[3]].join('.');
    const shared = readShareFragment(lying);
    expect(shared.kind === 'damaged' && shared.reason).toMatch(/length does not match/);
    expect(decompressUriBounded(fragment[3] ?? '', 100)).toEqual({ kind: 'too-long' });
  });

  it('a length that cannot be read is damage', () => {
    const parts = encodeShareFragment('<dialplan/>').split('.');
    const shared = readShareFragment([parts[0], 'zz!', parts[2], parts[3]].join('.'));
    expect(shared.kind === 'damaged' && shared.reason).toMatch(/length cannot be read/);
  });
});

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

describe('decompressUriBounded', () => {
  it('gives what lz-string gives for any text; for damaged data the same text or damaged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (text) => {
        const data = LZString.compressToEncodedURIComponent(text);
        expect(decompressUriBounded(data, Infinity)).toEqual({ kind: 'text', text });
        expect(decompressUriBounded(data, text.length - 1)).toEqual({ kind: 'too-long' });
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.nat(63),
        (text, at, c) => {
          const data = LZString.compressToEncodedURIComponent(text);
          const i = at % data.length;
          const broken = data.slice(0, i) + URI_SAFE.charAt(c) + data.slice(i + 1);
          let expected: string | null;
          try {
            expected = LZString.decompressFromEncodedURIComponent(broken);
          } catch {
            expected = null; // lz-string throws on some damage; ours says damaged
          }
          const got = decompressUriBounded(broken, Infinity);
          if (got.kind === 'text') expect(got.text).toBe(expected);
          else expect(got.kind).toBe('damaged');
        },
      ),
    );
  });
});
