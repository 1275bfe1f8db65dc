import { describe, expect, it } from 'vitest';
import { createStudioStore } from './create-studio-store.ts';

const A = '<dialplan name="Root">\n  <play name="Ask">Press 1.</play>\n</dialplan>\n';
const B = '<dialplan name="Root">\n  <play name="Ask">Press 2.</play>\n</dialplan>\n';

function setup() {
  const store = createStudioStore({ initialText: A, scheduleValidation: () => () => {} });
  return { store, s: () => store.getState() };
}

describe('versions slice', () => {
  it('records versions of the open document with their kind, label and text', () => {
    const { s } = setup();
    s().recordVersion('sent', 'Broadcast JSON copied');
    s().setText(B, 'editor');
    s().recordVersion('named', 'Before the second wave');
    const list = s().versions[s().activeId] ?? [];
    expect(list.map((v) => [v.kind, v.label, v.text])).toEqual([
      ['sent', 'Broadcast JSON copied', A],
      ['named', 'Before the second wave', B],
    ]);
  });

  it('keeps versions per document', () => {
    const { s } = setup();
    s().recordVersion('named', 'first');
    s().newDocument('Other');
    expect(s().versions[s().activeId]).toBeUndefined();
  });

  it('restores a version as one undo step', () => {
    const { s } = setup();
    const sent = s().recordVersion('sent', 'copied');
    s().setText(B, 'editor');
    s().restoreVersion(sent?.id ?? '');
    expect(s().text).toBe(A);
    s().undo();
    expect(s().text).toBe(B);
    s().redo();
    expect(s().text).toBe(A);
  });
});
