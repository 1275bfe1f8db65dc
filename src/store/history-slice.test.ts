import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addKeypressBranch, renameElement } from '../core/index.ts';
import { createStudioStore } from './create-studio-store.ts';
import { loadDiagnose } from './diagnose-loader.ts';
import { HISTORY_LIMIT } from './history-slice.ts';

const ORIGINAL = `<dialplan name="Root">
  <!-- greeting, keep me -->
  <play type="tts">Hello</play>

  <hangup/>
</dialplan>
`;

function newStore() {
  return createStudioStore({ initialText: ORIGINAL });
}

function replace(text: string, from: string, to: string) {
  const at = text.indexOf(from);
  return [{ from: at, to: at + from.length, insert: to }];
}

describe('history slice', () => {
  beforeAll(async () => {
    await loadDiagnose(); // the validator is a lazy chunk
  });
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('starts with nothing to undo or redo', () => {
    const store = newStore();
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().canRedo).toBe(false);
    store.getState().undo();
    expect(store.getState().text).toBe(ORIGINAL);
  });

  it('undoes and redoes an edit byte for byte, with diagnostics following the text', () => {
    const store = newStore();
    const s = store.getState();
    s.applyEdit(replace(ORIGINAL, 'Hello', 'Hi &amp; bye'), 'Set text');
    const edited = store.getState().text;
    expect(edited).toBe(ORIGINAL.replace('Hello', 'Hi &amp; bye'));
    expect(store.getState().canUndo).toBe(true);

    store.getState().undo();
    expect(store.getState().text).toBe(ORIGINAL);
    expect(store.getState().canRedo).toBe(true);
    store.getState().redo();
    expect(store.getState().text).toBe(edited);
    expect(store.getState().canRedo).toBe(false);
  });

  it('restores the tree and diagnostics along with the text', () => {
    const store = newStore();
    store.getState().setText('<dialplan><play'); // a syntax error: the tree goes stale
    vi.advanceTimersByTime(1000);
    expect(store.getState().stale).toBe(true);
    store.getState().undo();
    expect(store.getState().stale).toBe(false);
    vi.runOnlyPendingTimers(); // validation runs after the graph has been painted
    expect(store.getState().diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('groups a burst of typing into one step, and a pause starts a new one', () => {
    const store = newStore();
    let text = ORIGINAL;
    for (const ch of 'abc') {
      text = text.replace('Hello', `Hello${ch}`);
      store.getState().setText(text);
      vi.advanceTimersByTime(200);
    }
    vi.advanceTimersByTime(1000);
    store.getState().setText(text.replace('Hello', 'Howdy'));

    store.getState().undo();
    expect(store.getState().text).toBe(text);
    store.getState().undo();
    expect(store.getState().text).toBe(ORIGINAL);
    expect(store.getState().canUndo).toBe(false);
  });

  it('keeps edits without a group as separate steps, even when quick', () => {
    const store = newStore();
    store.getState().applyEdit(replace(ORIGINAL, 'Hello', 'One'), 'first');
    const afterFirst = store.getState().text;
    store.getState().applyEdit(replace(afterFirst, 'One', 'Two'), 'second');
    store.getState().undo();
    expect(store.getState().text).toBe(afterFirst);
  });

  it('merges edits of the same group (typing in an inspector field)', () => {
    const store = newStore();
    store.getState().applyEdit(replace(ORIGINAL, 'Hello', 'H'), 'text', { group: 'field' });
    vi.advanceTimersByTime(100);
    store.getState().applyEdit(replace(store.getState().text, '>H<', '>Ha<'), 'text', {
      group: 'field',
    });
    store.getState().undo();
    expect(store.getState().text).toBe(ORIGINAL);
  });

  it('records a gesture (a drag) as one step however many changes it makes', () => {
    const store = newStore();
    store.getState().beginGesture();
    for (let i = 0; i < 5; i++) {
      store.getState().applyEdit(replace(store.getState().text, '<hangup/>', '<hangup/> '), 'drag');
      vi.advanceTimersByTime(1000);
    }
    store.getState().endGesture();
    store.getState().undo();
    expect(store.getState().text).toBe(ORIGINAL);
  });

  it('never records selection changes', () => {
    const store = newStore();
    store.getState().select('/dialplan/play', 'graph');
    expect(store.getState().canUndo).toBe(false);
    store.getState().applyEdit(replace(ORIGINAL, 'Hello', 'Bye'), 'edit');
    store.getState().select('/dialplan/hangup', 'graph');
    store.getState().undo();
    expect(store.getState().selectedId).toBe('/dialplan/hangup');
  });

  it('a new edit after undo clears the redo stack', () => {
    const store = newStore();
    store.getState().applyEdit(replace(ORIGINAL, 'Hello', 'A'), 'a');
    store.getState().undo();
    store.getState().applyEdit(replace(ORIGINAL, 'Hello', 'B'), 'b');
    expect(store.getState().canRedo).toBe(false);
  });

  it(`keeps at least 100 steps (limit ${HISTORY_LIMIT})`, () => {
    const store = newStore();
    for (let i = 0; i < 150; i++) {
      store.getState().applyEdit([{ from: 0, to: 0, insert: ' ' }], `step ${i}`);
    }
    for (let i = 0; i < 150; i++) store.getState().undo();
    expect(store.getState().text).toBe(ORIGINAL);
  });

  it('keeps node moves in history, each one step, and restores positions with the text', () => {
    const store = newStore();
    store.getState().moveNode('/dialplan/play', { x: 10, y: 20 });
    store.getState().moveNode('/dialplan/play', { x: 30, y: 40 });
    store.getState().undo();
    expect(store.getState().positions['/dialplan/play']).toEqual({ x: 10, y: 20 });
    store.getState().undo();
    expect(store.getState().positions['/dialplan/play']).toBeUndefined();
  });

  it('records nothing for changes made without history (automatic placement)', () => {
    const store = newStore();
    store
      .getState()
      .withoutHistory(() => store.getState().moveNode('/dialplan/play', { x: 1, y: 1 }));
    expect(store.getState().canUndo).toBe(false);
  });

  it('never merges an import with the typing before it', () => {
    const store = newStore();
    store.getState().setText(ORIGINAL.replace('Hello', 'Hellox'));
    store.getState().replaceText('<dialplan/>', 'import');
    store.getState().undo();
    expect(store.getState().text).toBe(ORIGINAL.replace('Hello', 'Hellox'));
  });
});

const WITH_COMMENTS = `<?xml version="1.0"?>
<!-- A poll, hand-written: keep every comment and blank line -->
<dialplan name="Root">

    <!-- the question -->
    <menu name="Q1" maxDigits="1" timeout="3500">
        <play type="tts">Yes or no?</play>   <!-- trailing comment -->
        <keypress pressed="1">
            <stash varname="Q1">Yes</stash>
        </keypress>
        <keypress pressed="default">
            <goto>Q1</goto>
        </keypress>
    </menu>


    <goto>Q1</goto>
    <!-- end -->
</dialplan>
`;

describe('editing a dialplan with comments, then undo and redo', () => {
  it('renames a node and adds a branch; undo restores byte for byte, redo replays both', () => {
    const store = createStudioStore({ initialText: WITH_COMMENTS });
    const menu = '/dialplan/menu';
    // rename in the inspector: the menu, both gotos and the stash named after the question follow
    store.getState().applyEdit(renameElement(store.getState().lastGood, menu, 'Vote'), 'Rename', {
      origin: 'inspector',
    });
    const renamed = store.getState().text;
    expect(renamed).toBe(
      WITH_COMMENTS.replace('name="Q1"', 'name="Vote"')
        .replace('varname="Q1"', 'varname="Vote"')
        .replaceAll('<goto>Q1</goto>', '<goto>Vote</goto>'),
    );
    // add a branch from the graph
    store
      .getState()
      .applyEdit(addKeypressBranch(store.getState().lastGood, menu).patches, 'Add branch');
    const branched = store.getState().text;
    expect(branched).toBe(
      renamed.replace(
        '        <keypress pressed="default">',
        '        <keypress pressed="2"/>\n        <keypress pressed="default">',
      ),
    );

    store.getState().undo();
    expect(store.getState().text).toBe(renamed);
    store.getState().undo();
    expect(store.getState().text).toBe(WITH_COMMENTS);
    expect(store.getState().canUndo).toBe(false);

    store.getState().redo();
    expect(store.getState().text).toBe(renamed);
    store.getState().redo();
    expect(store.getState().text).toBe(branched);
    expect(store.getState().textOrigin).toBe('history');
  });
});

describe('applyEdit guards and selection', () => {
  it('refuses patches while the text has syntax errors (they were computed for another text)', () => {
    const store = createStudioStore({ initialText: ORIGINAL });
    store.getState().setText('<dialplan><play');
    expect(store.getState().applyEdit([{ from: 0, to: 0, insert: 'x' }], 'x')).toBe(false);
    expect(store.getState().text).toBe('<dialplan><play');
  });

  it('selects the inserted element when told where it starts', () => {
    const store = createStudioStore({ initialText: ORIGINAL });
    const at = ORIGINAL.indexOf('<hangup/>');
    store.getState().applyEdit([{ from: at, to: at, insert: '<goto>x</goto>' }], 'insert', {
      selectAt: at,
      origin: 'palette',
    });
    expect(store.getState().selectedId).toBe('/dialplan/goto');
    expect(store.getState().selectionSource).toBe('inspector');
  });
});
