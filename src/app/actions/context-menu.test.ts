import { describe, expect, it } from 'vitest';
import { createStudioStore } from '../../store/index.ts';
import { contextMenuActions } from '../../ui/actions/action-list.ts';
import { contextMenuItems } from '../../features/graph/context-menu-items.ts';
import { ACTIONS, actionById } from './registry.ts';

const XML = '<dialplan name="Root"><play name="A">Hi</play><hangup name="End"/></dialplan>';

describe('the graph context menus are drawn from the registry (one list)', () => {
  it('every row is a registered action object, in registry order', () => {
    for (const scope of ['card', 'canvas'] as const) {
      const rows = contextMenuActions(scope);
      expect(rows.length).toBeGreaterThan(3);
      for (const { action } of rows) expect(actionById(action.id)).toBe(action);
      const order = rows.map(({ action }) => ACTIONS.indexOf(action));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("a card's menu acts on the card, a canvas's on the graph", () => {
    const ids = (scope: 'card' | 'canvas') => contextMenuActions(scope).map((r) => r.action.id);
    expect(ids('card')).toEqual(
      expect.arrayContaining([
        'design.open-in-inspector',
        'insert.block:poll-question',
        'design.test-from-here',
        'edit.delete',
        'edit.copy-xml',
        'view.show-in-xml',
      ]),
    );
    expect(ids('canvas')).toEqual(
      expect.arrayContaining([
        'insert.block:poll-question',
        'design.tidy',
        'view.fit',
        'edit.undo',
        'edit.redo',
      ]),
    );
    expect(ids('canvas')).not.toContain('edit.delete');
  });

  it('rows show the shortcut, the wording of that menu and the enabled state; running one performs it', () => {
    const store = createStudioStore({ initialText: XML });
    const rows = contextMenuItems('canvas', { store });
    const undo = rows.find((r) => r.id === 'edit.undo')!;
    expect(undo.label).toBe('Undo');
    expect(undo.shortcut).toBe('Ctrl+Z');
    expect(undo.disabled).toBe(true); // nothing to undo yet
    expect(rows.find((r) => r.id === 'insert.block:poll-question')?.label).toBe(
      'Add Poll question',
    );

    store.getState().select('/dialplan/play', 'graph');
    const card = contextMenuItems('card', { store });
    expect(card.find((r) => r.id === 'insert.block:poll-question')?.label).toBe(
      'Add Poll question after this',
    );
    expect(card.find((r) => r.id === 'edit.delete')).toMatchObject({
      label: 'Delete',
      shortcut: 'Delete',
      disabled: false,
    });
    expect(card.find((r) => r.id === 'design.open-in-inspector')?.shortcut).toBe('Enter');

    store.getState().setText(XML.replace('Hi', 'Hello'));
    const canUndo = contextMenuItems('canvas', { store }).find((r) => r.id === 'edit.undo')!;
    expect(canUndo.disabled).toBe(false);
    canUndo.run();
    expect(store.getState().text).toBe(XML);
  });

  it('the root element cannot be deleted, copied or shown from its card', () => {
    const store = createStudioStore({ initialText: XML });
    store.getState().select(store.getState().lastGood.root!.id, 'graph');
    const card = contextMenuItems('card', { store });
    for (const id of ['edit.delete', 'edit.copy-xml', 'view.show-in-xml', 'design.test-from-here'])
      expect(card.find((r) => r.id === id)?.disabled, id).toBe(true);
  });

  it("the phone's read-only graph keeps the looking actions and leaves out editing and the XML", () => {
    const store = createStudioStore({ initialText: XML });
    store.getState().select('/dialplan/play', 'graph');
    const ids = contextMenuItems('card', { store }, true).map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'design.open-in-inspector',
        'design.test-from-here',
        'edit.copy-xml',
      ]),
    );
    for (const id of ['edit.delete', 'insert.block:poll-question', 'view.show-in-xml'])
      expect(ids).not.toContain(id);
    expect(contextMenuItems('canvas', { store }, true).map((r) => r.id)).toEqual(['view.fit']);
  });
});
