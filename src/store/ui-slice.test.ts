import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStudioStore } from './create-studio-store.ts';
import { memoryStorage } from './persistence/memory-storage.test-support.ts';
import { readModePanes } from './persistence/view-prefs.ts';
import { defaultModePanes, STUDIO_MODES, TAB_OF_MODE } from './ui-slice.ts';

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

describe('each mode’s panes', () => {
  beforeEach(() => void vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => void vi.unstubAllGlobals());

  it('Design at 1366 px with the XML hidden leaves the graph at least 75 % of the width', () => {
    const panes = defaultModePanes('Design', 1366);
    const foldedPalette = 32;
    const splitter = 6;
    expect((1366 - foldedPalette - panes.panelWidth - splitter) / 1366).toBeGreaterThanOrEqual(
      0.75,
    );
  });

  it('shows the XML by default only in Design, only from 1280 px wide', () => {
    expect(defaultModePanes('Design', 1366).xml).toBe(true);
    expect(defaultModePanes('Design', 1280).xml).toBe(true);
    expect(defaultModePanes('Design', 1024).xml).toBe(false);
    expect(defaultModePanes('Design', 768).xml).toBe(false);
    for (const mode of STUDIO_MODES.filter((m) => m !== 'Design'))
      expect(defaultModePanes(mode, 1920).xml).toBe(false);
  });

  it('gives Results at least 60 % of a laptop screen, room for a 480 px chart', () => {
    expect(defaultModePanes('Results', 1366).panelWidth / 1366).toBeGreaterThanOrEqual(0.6);
  });

  it('remembers the panes per mode across a reload, and the XML toggle belongs to the open mode', () => {
    const store = createStudioStore({ initialText: '<dialplan name="Root"/>' });
    store.getState().setMode('Test');
    const xmlInTest = store.getState().modePanes.Test.xml;
    store.getState().toggleXml();
    store.getState().setModePanes({ panelWidth: 555 });
    expect(store.getState().modePanes.Test).toMatchObject({ xml: !xmlInTest, panelWidth: 555 });
    expect(store.getState().modePanes.Design).toEqual(
      createStudioStore({ initialText: '' }).getState().modePanes.Design,
    );
    const reloaded = createStudioStore({ initialText: '<dialplan name="Root"/>' });
    expect(reloaded.getState().modePanes.Test).toMatchObject({ xml: !xmlInTest, panelWidth: 555 });
  });

  it('ignores stored panes it cannot read', () => {
    localStorage.setItem('dialplan-studio:mode-panes:v1', '{"Test":{"xml":"yes","panelWidth":-4}}');
    expect(readModePanes()).toEqual({ Test: {} });
    localStorage.setItem('dialplan-studio:mode-panes:v1', 'not json');
    expect(readModePanes()).toEqual({});
  });

  it('keeps the tablet sheet folded or open per mode, and drops a sheet state it cannot read', () => {
    localStorage.setItem(
      'dialplan-studio:mode-panes:v1',
      '{"Test":{"sheet":"closed"},"Design":{"sheet":"open"},"Send":{"sheet":"half"}}',
    );
    expect(readModePanes()).toEqual({
      Test: { sheet: 'closed' },
      Design: { sheet: 'open' },
      Send: {},
    });
  });
});
