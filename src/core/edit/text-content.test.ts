import { describe, expect, it } from 'vitest';
import { setTextContent } from './text-content.ts';
import { edited, parse } from './test-support.ts';

describe('setTextContent', () => {
  it('replaces the words and keeps the blank lines and indentation around them', () => {
    const text = '<dialplan>\n  <play type="tts">\n      Old words.\n  </play>\n</dialplan>';
    const doc = parse(text);
    const out = edited(doc, setTextContent(doc, '/dialplan/play', 'Fish & chips <now>'));
    expect(out).toBe(text.replace('Old words.', 'Fish &amp; chips &lt;now&gt;'));
  });

  it('opens a self-closing element to give it text', () => {
    const doc = parse('<dialplan><goto name="g" /></dialplan>');
    expect(edited(doc, setTextContent(doc, '/dialplan/goto', 'Menu'))).toBe(
      '<dialplan><goto name="g">Menu</goto></dialplan>',
    );
  });

  it('fills an empty element', () => {
    const doc = parse('<dialplan><goto></goto></dialplan>');
    expect(edited(doc, setTextContent(doc, '/dialplan/goto', 'X'))).toBe(
      '<dialplan><goto>X</goto></dialplan>',
    );
  });

  it('refuses an element that holds elements', () => {
    const doc = parse('<dialplan><menu><play>x</play></menu></dialplan>');
    expect(() => setTextContent(doc, '/dialplan/menu', 'x')).toThrow(/holds elements/);
  });
});
