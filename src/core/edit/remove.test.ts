import { describe, expect, it } from 'vitest';
import { deleteElement } from './remove.ts';
import { edited, parse } from './test-support.ts';

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
