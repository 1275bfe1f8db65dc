import { describe, expect, it, vi } from 'vitest';
import { defaultSimOptions } from '../core/index.ts';
import { createStudioStore } from './create-studio-store.ts';
import { generatePoll } from '../../bench/gen-poll.ts';

const A = '<dialplan name="A"><hangup/></dialplan>';
const B = '<dialplan name="B"><hangup/></dialplan>';

function setup() {
  const store = createStudioStore({ initialText: A });
  return { store, s: () => store.getState() };
}

describe('workspace slice', () => {
  it('opens a new document and keeps the first one with its edits', () => {
    const { s } = setup();
    const first = s().activeId;
    s().setText(`${A} `);
    s().newDocument('Second', B);
    expect(s().text).toBe(B);
    expect(s().documents.map((d) => d.name)).toEqual(['Political poll', 'Second']);
    s().openDocument(first);
    expect(s().text).toBe(`${A} `);
  });

  it("keeps each document's graph layout: a new one starts blank, the first gets its own back", () => {
    // Switching once carried positions over by name and lost the first document's on the way back.
    const { s } = setup();
    const first = s().activeId;
    s().setPositions({ '/dialplan/hangup': { x: 111, y: 222 } });
    s().newDocument('Second', B);
    expect(s().positions).toEqual({});
    s().setPositions({ '/dialplan/hangup': { x: 5, y: 6 } });
    s().openDocument(first);
    expect(s().positions).toEqual({ '/dialplan/hangup': { x: 111, y: 222 } });
    expect(s().workspaceSnapshot().documents[1]?.positions).toEqual({
      '/dialplan/hangup': { x: 5, y: 6 },
    });
  });

  it('switching documents is not an undo step', () => {
    const { s } = setup();
    s().newDocument('Second', B);
    expect(s().canUndo).toBe(false);
    s().undo();
    expect(s().text).toBe(B);
  });

  it('renames, duplicates with the live text, deletes and undoes the delete', () => {
    const { s } = setup();
    const first = s().activeId;
    s().setText(B);
    s().renameDocument(first, '  Poll 2026 ');
    const copy = s().duplicateDocument(first);
    expect(s().activeId).toBe(copy);
    expect(s().documents.map((d) => [d.name, d.id === copy ? s().text : d.text])).toEqual([
      ['Poll 2026', B],
      ['Poll 2026 copy', B],
    ]);
    s().deleteDocument(first);
    expect(s().documents.map((d) => d.name)).toEqual(['Poll 2026 copy']);
    s().undoDelete();
    expect(s().documents.map((d) => d.name)).toEqual(['Poll 2026', 'Poll 2026 copy']);
    expect(s().activeId).toBe(first);
    expect(s().text).toBe(B);
  });

  it('deleting the last document leaves a fresh one open', () => {
    const { s } = setup();
    s().deleteDocument(s().activeId);
    expect(s().documents).toHaveLength(1);
    expect(s().text).toContain('<dialplan');
  });

  it('keeps broadcast settings per document; a saved list comes back around the autosaved text', () => {
    const { s } = setup();
    s().mergeBroadcast({ name: 'Poll', fromNumber: '13105550100' });
    s().newDocument('Second', B);
    // a new document starts blank: nothing carried over from the first one
    expect(s().documents[1]?.broadcast).toMatchObject({
      name: 'Second',
      fromNumber: '',
      labels: [],
    });
    const saved = s().workspaceSnapshot();
    const restored = createStudioStore({ initialText: `${B}<!-- autosaved later -->` });
    restored.getState().hydrateWorkspace(JSON.parse(JSON.stringify(saved)));
    const r = restored.getState();
    expect(r.documents.map((d) => d.name)).toEqual(['Political poll', 'Second']);
    expect(r.activeId).toBe(saved.activeId);
    expect(r.documents[0]?.broadcast.fromNumber).toBe('13105550100');
    // The open text is the autosaved one, never an older copy from the list.
    expect(r.text).toBe(`${B}<!-- autosaved later -->`);
    r.openDocument('default');
    expect(restored.getState().text).toBe(A);
    expect(restored.getState().workspaceSnapshot().documents[1]?.text).toBe(
      `${B}<!-- autosaved later -->`,
    );
  });
});

describe('workspace and saved test calls', () => {
  it('each document has its own test-call key, the first one the simulator default', () => {
    const { s } = setup();
    s().saveTestCall({ name: 'hangs up', options: defaultSimOptions(), inputs: [], expected: [] });
    const second = s().newDocument('Second', B);
    expect(s().testCallsDocumentKey).toBe(second);
    expect(s().testCalls).toEqual([]);
    s().openDocument('default');
    expect(s().testCallsDocumentKey).toBe('default');
  });

  it('switching to a big document opens it in steps, with its own positions', async () => {
    const { s } = setup();
    const big = generatePoll(400);
    const bigId = s().newDocument('Big', big);
    s().setPositions({ '/dialplan/amd': { x: 1, y: 2 } });
    s().openDocument(s().documents[0]!.id);
    s().openDocument(bigId);
    expect(s()).toMatchObject({ text: big, opening: true });
    // the parse's tasks (Node: zero timers)
    await vi.waitFor(() => expect(s().opening).toBe(false));
    expect(s().lastGood.source).toBe(big);
    expect(s().positions).toEqual({ '/dialplan/amd': { x: 1, y: 2 } });
  });
});
