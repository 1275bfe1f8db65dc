/**
 * View state that is neither document nor selection: which side-panel tab is open, how the panes share
 * the width (remembered across reloads, see view-prefs.ts). Never undoable.
 */
import type { StateCreator } from 'zustand';
import type { StudioState } from './studio-state.ts';
import { readPaneLayout, savePaneLayout, type PaneLayout } from './persistence/view-prefs.ts';

export const SIDE_PANEL_TABS = ['Inspector', 'Simulator', 'Export', 'Results', 'Versions'] as const;
export type SidePanelTab = (typeof SIDE_PANEL_TABS)[number];

/** The person's jobs (issue 25): each mode gives the main area to one of them. */
export const STUDIO_MODES = ['Design', 'Test', 'Send', 'Results', 'Versions'] as const;
export type StudioMode = (typeof STUDIO_MODES)[number];

/** The mode that shows a former side-panel tab, and back: the two are kept in step. */
export const MODE_OF_TAB: Readonly<Record<SidePanelTab, StudioMode>> = {
  Inspector: 'Design',
  Simulator: 'Test',
  Export: 'Send',
  Results: 'Results',
  Versions: 'Versions',
};
export const TAB_OF_MODE: Readonly<Record<StudioMode, SidePanelTab>> = {
  Design: 'Inspector',
  Test: 'Simulator',
  Send: 'Export',
  Results: 'Results',
  Versions: 'Versions',
};

export interface UiSlice {
  sidePanelTab: SidePanelTab;
  /** Open a side-panel tab (e.g. a "Simulate" button elsewhere opens the Simulator). */
  setSidePanelTab: (tab: SidePanelTab) => void;
  /** The open mode (Design, Test, Send, Results, Versions); always the mode of `sidePanelTab`. */
  mode: StudioMode;
  setMode: (mode: StudioMode) => void;
  /** Design (graph wide), Split, or XML (text wide). */
  paneLayout: PaneLayout;
  setPaneLayout: (layout: PaneLayout) => void;
}

export const createUiSlice: StateCreator<StudioState, [], [], UiSlice> = (set) => ({
  sidePanelTab: 'Inspector',
  setSidePanelTab: (sidePanelTab) => set({ sidePanelTab, mode: MODE_OF_TAB[sidePanelTab] }),
  mode: 'Design',
  setMode: (mode) => set({ mode, sidePanelTab: TAB_OF_MODE[mode] }),
  paneLayout: readPaneLayout(),
  setPaneLayout: (paneLayout) => {
    savePaneLayout(paneLayout);
    set({ paneLayout });
  },
});
