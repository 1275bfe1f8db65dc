import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
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
