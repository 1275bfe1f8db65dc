import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, shareUrl } from './share-link.ts';

const tricky =
  '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- Grüße, 日本語, emoji 📞 -->\n<dialplan name="ñ">\n\t<play type="tts">Ça va? &amp; 1+1=2 #hash%20</play>\n</dialplan>';

describe('share links', () => {
  it('round-trip a document with comments and non-ASCII text byte for byte', () => {
    const url = shareUrl('http://127.0.0.1:4173/#old', tricky);
    expect(url.startsWith('http://127.0.0.1:4173/#dialplan=')).toBe(true);
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

  it('give nothing for other fragments or damaged data', () => {
    expect(decodeShareFragment('#section-2')).toBeUndefined();
    expect(decodeShareFragment('#dialplan=')).toBeUndefined();
    expect(decodeShareFragment('#dialplan=%%%')).toBeUndefined();
  });
});
