import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { formatDialplan } from './format-dialplan.ts';
import { treeShape } from './tree-shape.ts';

const format = (text: string) => formatDialplan(parseDialplan(text).document);

describe('formatDialplan', () => {
  it('indents by two spaces, one element per line, short text inline, empty elements self-closed', () => {
    const text =
      "<dialplan name='Poll'><menu   maxDigits='1'><play type=\"tts\">  Press 1  </play><keypress pressed='1'><goto>\n  Live \n</goto></keypress></menu><hangup name=\"x\"></hangup></dialplan>";
    expect(format(text)).toBe(
      [
        '<dialplan name="Poll">',
        '  <menu maxDigits="1">',
        '    <play type="tts">Press 1</play>',
        '    <keypress pressed="1">',
        '      <goto>Live</goto>',
        '    </keypress>',
        '  </menu>',
        '  <hangup name="x"/>',
        '</dialplan>',
        '',
      ].join('\n'),
    );
  });

  it('keeps attribute names as written and escapes values for double quotes', () => {
    expect(
      format(`<dialplan><if EXPR='"\${a}" == &apos;b&apos; &amp;&amp; 1 &lt; 2'/></dialplan>`),
    ).toBe(
      '<dialplan>\n  <if EXPR="&quot;${a}&quot; == \'b\' &amp;&amp; 1 &lt; 2"/>\n</dialplan>\n',
    );
  });

  it('keeps comments (top-level too), processing instructions and CDATA', () => {
    const text =
      '<?xml version="1.0"?>\n<!-- top -->\n<dialplan><!-- inside --><play type="tts"><![CDATA[a < b]]></play></dialplan>\n<!-- end -->';
    expect(format(text)).toBe(
      [
        '<?xml version="1.0"?>',
        '<!-- top -->',
        '<dialplan>',
        '  <!-- inside -->',
        '  <play type="tts"><![CDATA[a < b]]></play>',
        '</dialplan>',
        '<!-- end -->',
        '',
      ].join('\n'),
    );
  });

  it('re-indents multi-line text line by line, so a second pass changes nothing', () => {
    const text =
      '<dialplan><play type="tts">\n        Hello there,\n\n   dear caller.   </play></dialplan>';
    const once = format(text);
    expect(once).toBe(
      '<dialplan>\n  <play type="tts">\n    Hello there,\n\n    dear caller.\n  </play>\n</dialplan>\n',
    );
    expect(format(once)).toBe(once);
  });

  it('keeps a value split over lines on one line (numbers, URLs)', () => {
    expect(format('<dialplan><transfer>\n 123,\n 456 \n</transfer></dialplan>')).toBe(
      '<dialplan>\n  <transfer>123, 456</transfer>\n</dialplan>\n',
    );
  });

  it('writes line breaks inside attribute values as references, keeping the value', () => {
    const text = '<dialplan><stash varname="a&#10;b">x</stash></dialplan>';
    const out = format(text);
    expect(out).toContain('varname="a&#10;b"');
    expect(treeShape(parseDialplan(out).document.children)).toEqual(
      treeShape(parseDialplan(text).document.children),
    );
  });

  it('keeps mixed content on its line, so the words stay as spoken, and is idempotent', () => {
    const text =
      '<dialplan><play type="tts">Hi <!-- c --> there<![CDATA[\n x ]]></play></dialplan>';
    const once = format(text);
    expect(once).toBe(
      '<dialplan>\n  <play type="tts">Hi <!-- c --> there<![CDATA[\n x ]]></play>\n</dialplan>\n',
    );
    const pin =
      '<dialplan><play type="tts">Hello<!-- x -->world, your PIN is 12<![CDATA[34]]>56</play></dialplan>';
    expect(format(pin)).toBe(
      '<dialplan>\n  <play type="tts">Hello<!-- x -->world, your PIN is 12<![CDATA[34]]>56</play>\n</dialplan>\n',
    );
    expect(format(once)).toBe(once);
    expect(treeShape(parseDialplan(once).document.children)).toEqual(
      treeShape(parseDialplan(text).document.children),
    );
  });
});
