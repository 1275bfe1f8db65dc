import { describe, expect, it } from 'vitest';
import { createStudioStore } from './create-studio-store.ts';

describe('document slice', () => {
  it('keeps the typed text and the last good tree when the XML breaks', () => {
    const store = createStudioStore({ initialText: '<dialplan><hangup name="H"/></dialplan>' });
    const good = store.getState().lastGood;
    store.getState().setText('<dialplan><hangup name="H"/>');
    expect(store.getState().text).toBe('<dialplan><hangup name="H"/>');
    expect(store.getState().stale).toBe(true);
    expect(store.getState().lastGood).toBe(good);
  });

  it('tells where a change came from and moves positions with their elements', () => {
    const store = createStudioStore({
      initialText: '<dialplan><play name="A"/></dialplan>',
      initialPositions: { '/dialplan/play': { x: 5, y: 6 } },
    });
    store.getState().replaceText('<dialplan><hangup/><play name="A"/></dialplan>', 'graph');
    expect(store.getState().textOrigin).toBe('graph');
    expect(store.getState().positions).toEqual({ '/dialplan/play': { x: 5, y: 6 } });
    store.getState().replaceText('<dialplan><play/><play name="A"/></dialplan>', 'inspector');
    expect(store.getState().positions).toEqual({ '/dialplan/play[2]': { x: 5, y: 6 } });
  });

  it('keeps the first automatic layout out of undo history, but not a drag', () => {
    const store = createStudioStore({ initialText: '<dialplan><play name="A"/></dialplan>' });
    store.getState().setAutoLayout({ '/dialplan/play': { x: 1, y: 2 } });
    expect(store.getState().canUndo).toBe(false);
    store.getState().moveNode('/dialplan/play', { x: 50, y: 60 });
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().positions).toEqual({ '/dialplan/play': { x: 1, y: 2 } });
  });
});
