import { describe, expect, it } from 'vitest';
import { editableText, setTextContent } from './text-content.ts';
import { edited, parse, readFixture } from './edit.test-support.ts';
import { textContent } from '../ast/query.ts';
import type { ElementNode } from '../ast/types.ts';
import { findElement } from './lookup.ts';

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

  it('keeps a multi-line prompt on its lines, indented like before, when one word changes', () => {
    const text =
      '<dialplan>\n  <play type="tts">\n    Hello there,\n\n    press 1.\n  </play>\n</dialplan>';
    const doc = parse(text);
    const out = edited(doc, setTextContent(doc, '/dialplan/play', 'Hello there,\n\npress 2.'));
    expect(out).toBe(text.replace('press 1.', 'press 2.'));
    expect(setTextContent(doc, '/dialplan/play', 'Hello there,\n\npress 1.')).toEqual([]);
  });

  it("indents new lines of a one-line text one step inside its element, in the file's line ends", () => {
    const doc = parse('<dialplan>\r\n  <play type="tts">Hi</play>\r\n</dialplan>');
    expect(edited(doc, setTextContent(doc, '/dialplan/play', 'Hi\n  there '))).toBe(
      '<dialplan>\r\n  <play type="tts">Hi\r\n    there</play>\r\n</dialplan>',
    );
  });
});

describe('setTextContent on the political poll', () => {
  it('changes one word of a prompt written over several lines and nothing else', () => {
    const text = readFixture('political-poll.xml');
    const doc = parse(text);
    const prompt = 'Hello.\nThis is a call for a short political poll for the upcoming election.';
    const old = editableText(
      textContent(findElement(doc, '/dialplan/menu[1]/play') as ElementNode),
    );
    expect(old.startsWith(prompt)).toBe(true);
    const out = edited(
      doc,
      setTextContent(doc, '/dialplan/menu[1]/play', old.replace('short', 'quick')),
    );
    // Only that prompt changes: the word, and the blanks that ended its lines.
    const before = text.slice(0, text.indexOf('Hello. '));
    const after = text.slice(text.indexOf('or 2 for No..'));
    expect(out).toBe(
      `${before}Hello.\n        This is a call for a quick political poll for the upcoming election.\n` +
        `        Will you vote in the upcoming election?\n        Press 1 for Yes, ${after}`,
    );
  });
});

describe('editableText', () => {
  it('keeps line breaks and drops the indentation and the blank lines at the ends', () => {
    expect(editableText('\n    Hello  there,\n\n    press 1.\n  ')).toBe(
      'Hello  there,\n\npress 1.',
    );
    expect(editableText('  one line ')).toBe('one line');
  });
});
