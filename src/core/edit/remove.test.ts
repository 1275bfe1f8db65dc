import { describe, expect, it } from 'vitest';
import { elementAtOffset } from '../ast/query.ts';
import { deleteElement, deleteSelectingNeighbour } from './remove.ts';
import { edited, parse } from './edit.test-support.ts';

const remove = (text: string, id: string) => {
  const doc = parse(text);
  return edited(doc, deleteElement(doc, id));
};

describe('deleteElement', () => {
  it('takes the line, and a comment written after the element on that line', () => {
    expect(
      remove(
        '<dialplan>\n    <play>a</play>   <!-- about a -->\n    <hangup/>\n</dialplan>',
        '/dialplan/play',
      ),
    ).toBe('<dialplan>\n    <hangup/>\n</dialplan>');
  });

  it('leaves a comment on a line of its own, and one after another element', () => {
    expect(
      remove(
        '<dialplan>\n  <!-- greeting -->\n  <play>a</play>\n  <hangup/>\n</dialplan>',
        '/dialplan/play',
      ),
    ).toBe('<dialplan>\n  <!-- greeting -->\n  <hangup/>\n</dialplan>');
    expect(
      remove('<dialplan><play>a</play><hangup/><!-- end --></dialplan>', '/dialplan/play'),
    ).toBe('<dialplan><hangup/><!-- end --></dialplan>');
  });

  it('leaves a comment that runs on to the next lines', () => {
    expect(
      remove('<dialplan>\n  <play>a</play> <!-- one\n  two -->\n</dialplan>', '/dialplan/play'),
    ).toBe('<dialplan>\n   <!-- one\n  two -->\n</dialplan>');
  });
});

describe('deleteSelectingNeighbour', () => {
  const selectedAfter = (text: string, id: string) => {
    const doc = parse(text);
    const result = deleteSelectingNeighbour(doc, id);
    const after = parse(edited(doc, result.patches));
    return elementAtOffset(after, result.focusOffset! + 1)?.id;
  };
  const text =
    '<dialplan>\n  <play name="a">a</play>\n  <menu>\n    <keypress pressed="1"/>\n  </menu>\n  <hangup/>\n</dialplan>';

  it('selects the element after the deleted one, else the one before, else the parent', () => {
    expect(selectedAfter(text, '/dialplan/play')).toBe('/dialplan/menu');
    expect(selectedAfter(text, '/dialplan/hangup')).toBe('/dialplan/menu');
    expect(selectedAfter(text, '/dialplan/menu/keypress')).toBe('/dialplan/menu');
  });
});
