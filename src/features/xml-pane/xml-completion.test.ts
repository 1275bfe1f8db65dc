import { describe, expect, it } from 'vitest';
import { completionContext, hoverDoc, suggestionsFor } from './xml-completion.ts';

const at = (textWithCursor: string) => {
  const offset = textWithCursor.indexOf('|');
  return completionContext(textWithCursor.replace('|', ''), offset);
};

describe('XML completion', () => {
  it('offers only tags the enclosing element may contain', () => {
    const labels = suggestionsFor(at('<dialplan><menu><|'), []).map((s) => s.label);
    expect(labels).toContain('keypress');
    expect(labels).toContain('play');
    expect(suggestionsFor(at('<dialplan><|'), []).map((s) => s.label)).not.toContain('keypress');
  });

  it('reads past a half-typed tag that has no > yet', () => {
    const text = '<dialplan><menu name="a">\n<play type="tts"\n<keypress pressed="1"><|';
    const labels = suggestionsFor(at(text), []).map((s) => s.label);
    expect(at(text)).toEqual({ type: 'tag', parent: 'keypress' });
    expect(labels).toContain('stash');
    expect(labels).not.toContain('keypress');
  });

  it('offers the attributes not yet written and enum values', () => {
    const attrs = suggestionsFor(at('<dialplan><play type="tts" |'), []).map((s) => s.label);
    expect(attrs).toContain('voice');
    expect(attrs).not.toContain('type');
    const values = suggestionsFor(at('<dialplan><play type="|'), []).map((s) => s.label);
    expect(values).toEqual(['tts', 'url', 'callfireid']);
  });

  it('offers the names of the document as goto and catch targets', () => {
    const names = ['Live', 'Hangup'];
    expect(suggestionsFor(at('<dialplan><goto>|'), names).map((s) => s.label)).toEqual(names);
    expect(
      suggestionsFor(at('<dialplan><catch type="digit" goto="|'), names).map((s) => s.label),
    ).toEqual(names);
  });

  it('explains tags and attributes on hover', () => {
    const text = '<dialplan><menu maxDigits="1"/></dialplan>';
    expect(hoverDoc(text, text.indexOf('menu') + 1, 'menu')).toMatch(/^\*\*<menu>\*\*/);
    expect(hoverDoc(text, text.indexOf('maxDigits') + 2, 'maxDigits')).toMatch(/maxDigits/);
  });
});
