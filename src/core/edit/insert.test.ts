import { describe, expect, it } from 'vitest';
import { applyPatches } from './patch.ts';
import { insertSnippet } from './insert.ts';
import { edited, parse } from './edit.test-support.ts';

const TEXT = `<dialplan>
    <!-- intro -->
    <menu name="M">
        <play type="tts">Pick</play>
    </menu>

    <hangup/>
</dialplan>
`;

describe('insertSnippet', () => {
  it('inserts after a sibling on its own line with the sibling’s indentation', () => {
    const doc = parse(TEXT);
    const out = edited(
      doc,
      insertSnippet(doc, '<amd>\n    <live/>\n</amd>', {
        anchorId: '/dialplan/menu',
        where: 'after',
      }).patches,
    );
    expect(out).toBe(
      TEXT.replace('    </menu>\n', '    </menu>\n    <amd>\n        <live/>\n    </amd>\n'),
    );
  });

  it('inserts before a sibling', () => {
    const doc = parse(TEXT);
    const out = edited(
      doc,
      insertSnippet(doc, '<play/>', { anchorId: '/dialplan/hangup', where: 'before' }).patches,
    );
    expect(out).toBe(TEXT.replace('    <hangup/>', '    <play/>\n    <hangup/>'));
  });

  it('inserts as first and last child next to the existing children', () => {
    const doc = parse(TEXT);
    const first = edited(
      doc,
      insertSnippet(doc, '<goto>M</goto>', { anchorId: '/dialplan/menu', where: 'firstChild' })
        .patches,
    );
    expect(first).toBe(TEXT.replace('        <play', '        <goto>M</goto>\n        <play'));
    const last = edited(
      doc,
      insertSnippet(doc, '<keypress pressed="1"/>', {
        anchorId: '/dialplan/menu',
        where: 'lastChild',
      }).patches,
    );
    expect(last).toBe(TEXT.replace('</play>\n', '</play>\n        <keypress pressed="1"/>\n'));
  });

  it('counts a comment as a child (inserting first goes before it)', () => {
    const doc = parse(TEXT);
    const out = edited(
      doc,
      insertSnippet(doc, '<amd/>', { anchorId: '/dialplan', where: 'firstChild' }).patches,
    );
    expect(out).toBe(TEXT.replace('    <!-- intro -->', '    <amd/>\n    <!-- intro -->'));
  });

  it('opens an empty container onto new lines, one step deeper than the container', () => {
    for (const empty of [
      '<keypress pressed="1"/>',
      '<keypress pressed="1"></keypress>',
      '<keypress pressed="1">\n    </keypress>',
    ]) {
      const text = `<dialplan>\n    <menu>\n        ${empty}\n    </menu>\n</dialplan>`;
      const doc = parse(text);
      const out = edited(
        doc,
        insertSnippet(doc, '<goto>X</goto>', {
          anchorId: '/dialplan/menu/keypress',
          where: 'lastChild',
        }).patches,
      );
      expect(out).toBe(
        text.replace(
          empty,
          '<keypress pressed="1">\n            <goto>X</goto>\n        </keypress>',
        ),
      );
    }
  });

  it('inserts inline next to an inline sibling', () => {
    const doc = parse('<dialplan><play>a</play><hangup/></dialplan>');
    const out = edited(
      doc,
      insertSnippet(doc, '<play>b</play>', { anchorId: '/dialplan/play', where: 'after' }).patches,
    );
    expect(out).toBe('<dialplan><play>a</play><play>b</play><hangup/></dialplan>');
  });

  it('reports where the inserted element starts in the new text', () => {
    const doc = parse(TEXT);
    const result = insertSnippet(doc, '<amd/>', {
      anchorId: '/dialplan/menu/play',
      where: 'after',
    });
    const out = applyPatches(TEXT, result.patches);
    expect(out.slice(result.focusOffset)).toMatch(/^<amd\/>/);
  });

  it('refuses to put elements into a text-only element', () => {
    const doc = parse(TEXT);
    expect(() =>
      insertSnippet(doc, '<play/>', { anchorId: '/dialplan/menu/play', where: 'lastChild' }),
    ).toThrow(/cannot hold/);
  });

  it('keeps a comment on the same line with the element it follows', () => {
    const text = '<dialplan>\n    <play>a</play>   <!-- about a -->\n</dialplan>';
    const doc = parse(text);
    const out = edited(
      doc,
      insertSnippet(doc, '<hangup/>', { anchorId: '/dialplan/play', where: 'after' }).patches,
    );
    expect(out).toBe(text.replace('<!-- about a -->', '<!-- about a -->\n    <hangup/>'));
  });
});
