import { describe, expect, it } from 'vitest';
import { createStudioStore } from './create-studio-store.ts';
import { STUDIO_MODES, TAB_OF_MODE } from './ui-slice.ts';

describe('modes and side-panel tabs', () => {
  it('keeps the open mode and the open tab in step, whichever is set', () => {
    const store = createStudioStore({ initialText: '<dialplan name="Root"/>' });
    expect(store.getState().mode).toBe('Design');
    store.getState().setSidePanelTab('Simulator');
    expect(store.getState().mode).toBe('Test');
    for (const mode of STUDIO_MODES) {
      store.getState().setMode(mode);
      expect(store.getState().sidePanelTab).toBe(TAB_OF_MODE[mode]);
      expect(store.getState().mode).toBe(mode);
    }
  });
});
