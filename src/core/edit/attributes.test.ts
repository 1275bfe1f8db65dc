import { describe, expect, it } from 'vitest';
import { attrValue } from '../ast/query.ts';
import { removeAttribute, setAttribute } from './attributes.ts';
import { requireElement } from './lookup.ts';
import { edited, parse } from './edit.test-support.ts';

const TEXT = `<dialplan>
  <!-- c -->
  <play type='tts' voice="male1">Hi</play>
  <hangup />
</dialplan>`;

describe('attribute edits', () => {
  it('changes only the value, escaped for its own quote', () => {
    const doc = parse(TEXT);
    const out = edited(doc, setAttribute(doc, '/dialplan/play', 'type', "it's <url>"));
    expect(out).toBe(TEXT.replace("type='tts'", "type='it&apos;s &lt;url>'"));
    expect(attrValue(requireElement(parse(out), '/dialplan/play'), 'type')).toBe("it's <url>");
  });

  it('adds a missing attribute after the last one, with the element’s quote style', () => {
    const doc = parse(TEXT);
    const out = edited(doc, setAttribute(doc, '/dialplan/play', 'cache', 'false'));
    expect(out).toBe(TEXT.replace(`voice="male1"`, `voice="male1" cache='false'`));
  });

  it('adds an attribute to a self-closing element without attributes', () => {
    const doc = parse(TEXT);
    const out = edited(doc, setAttribute(doc, '/dialplan/hangup', 'name', 'End & "bye"'));
    expect(out).toBe(TEXT.replace('<hangup />', '<hangup name="End &amp; &quot;bye&quot;" />'));
  });

  it('removes an attribute with the blanks before it, and nothing when it is absent', () => {
    const doc = parse(TEXT);
    expect(edited(doc, removeAttribute(doc, '/dialplan/play', 'VOICE'))).toBe(
      TEXT.replace(` voice="male1"`, ''),
    );
    expect(removeAttribute(doc, '/dialplan/play', 'name')).toEqual([]);
  });

  it('makes no patch when the value is unchanged', () => {
    const doc = parse(TEXT);
    expect(setAttribute(doc, '/dialplan/play', 'voice', 'male1')).toEqual([]);
  });
});
