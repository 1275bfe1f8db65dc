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
    expect(s().versions[s().activeId]?.map((v) => v.label)).toEqual(['New']);
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

  it('keeps a starting version for a new, duplicated or opened document that has none', () => {
    const { s } = setup();
    const first = s().activeId;
    s().newDocument('Other');
    expect(s().versions[s().activeId]?.map((v) => [v.kind, v.label])).toEqual([['start', 'New']]);
    s().openDocument(first);
    expect(s().versions[first]?.map((v) => [v.kind, v.label, v.text])).toEqual([
      ['start', 'Opened', A],
    ]);
    s().setText(B, 'editor');
    s().duplicateDocument(first);
    expect(s().versions[s().activeId]?.map((v) => [v.label, v.text])).toEqual([['New', B]]);
    s().openDocument(first); // it has one: no second starting version
    expect(s().versions[first]).toHaveLength(1);
  });

  it('keeps no starting version before the stored versions are loaded, then one if none was stored', () => {
    const { store, s } = setup();
    store.setState({ versionsLoaded: false });
    s().keepStartingVersion('Opened');
    expect(s().versions[s().activeId]).toBeUndefined();
    s().hydrateVersions({});
    s().keepStartingVersion('Opened');
    expect(s().versions[s().activeId]?.map((v) => v.label)).toEqual(['Opened']);
  });

  it('keeps no starting version for a document whose stored versions loaded', () => {
    const { store, s } = setup();
    store.setState({ versionsLoaded: false });
    const stored = {
      id: 'v1',
      kind: 'named' as const,
      label: 'Wave 1',
      at: '2026-12-01T05:00:00Z',
      text: B,
    };
    s().hydrateVersions({ [s().activeId]: [stored] });
    s().keepStartingVersion('Opened');
    expect(s().versions[s().activeId]).toEqual([stored]);
  });
});

describe('versions carry the test suite', () => {
  const suiteOne = { tests: [{ name: 'one', inputs: ['1'] }] };
  const suiteTwo = { tests: [{ name: 'two', inputs: ['2'] }] };

  function linked() {
    const { store, s } = setup();
    const suites = new Map<string, typeof suiteOne>();
    const writes: string[] = [];
    s().linkSuites({
      read: (id) => suites.get(id),
      write: (id, suite) => {
        writes.push(id);
        suites.set(id, suite as typeof suiteOne);
      },
    });
    return { store, s, suites, writes };
  }

  it('keeps the suite as it was when the version was taken', () => {
    const { s, suites } = linked();
    suites.set(s().activeId, suiteOne);
    const kept = s().recordVersion('named', 'with one');
    suites.set(s().activeId, suiteTwo);
    expect(kept?.suite).toEqual(suiteOne);
    expect(s().versions[s().activeId]?.at(-1)?.suite).toEqual(suiteOne);
  });

  it('restores the suite with the text; the text is still one undo step', () => {
    const { s, suites } = linked();
    suites.set(s().activeId, suiteOne);
    const kept = s().recordVersion('named', 'with one');
    s().setText(B, 'editor');
    suites.set(s().activeId, suiteTwo);
    s().restoreVersion(kept?.id ?? '');
    expect([s().text, suites.get(s().activeId)]).toEqual([A, suiteOne]);
    s().undo();
    expect(s().text).toBe(B);
  });

  it('restores the suite when only the suite changed, without an undo step', () => {
    const { s, suites } = linked();
    suites.set(s().activeId, suiteOne);
    const kept = s().recordVersion('named', 'with one');
    suites.set(s().activeId, { tests: [] });
    s().restoreVersion(kept?.id ?? '');
    expect(suites.get(s().activeId)).toEqual(suiteOne);
    expect([s().text, s().canUndo]).toEqual([A, false]);
  });

  it('leaves the suite alone when the version has none or the same one', () => {
    const { s, suites, writes } = linked();
    const bare = s().recordVersion('named', 'no suite');
    suites.set(s().activeId, suiteOne);
    const same = s().recordVersion('named', 'same suite');
    s().restoreVersion(bare?.id ?? '');
    s().restoreVersion(same?.id ?? '');
    expect([bare?.suite, suites.get(s().activeId), writes]).toEqual([undefined, suiteOne, []]);
  });

  it('takes an automatic snapshot when only the suite changed', () => {
    const { s, suites } = linked();
    s().recordVersion('auto', 'While editing');
    expect(s().recordVersion('auto', 'While editing')).toBeUndefined();
    suites.set(s().activeId, suiteOne);
    expect(s().recordVersion('auto', 'While editing')?.suite).toEqual(suiteOne);
  });
});
