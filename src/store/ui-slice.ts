/**
 * View state that is neither document nor selection: which side-panel tab is open, how the panes share
 * the width (remembered across reloads, see view-prefs.ts). Never undoable.
 */
import type { StateCreator } from 'zustand';
import type { StudioState } from './studio-state.ts';
import { readPaneLayout, savePaneLayout, type PaneLayout } from './persistence/view-prefs.ts';

export const SIDE_PANEL_TABS = ['Inspector', 'Simulator', 'Export', 'Results', 'Versions'] as const;
export type SidePanelTab = (typeof SIDE_PANEL_TABS)[number];

export interface UiSlice {
  sidePanelTab: SidePanelTab;
  /** Open a side-panel tab (e.g. a "Simulate" button elsewhere opens the Simulator). */
  setSidePanelTab: (tab: SidePanelTab) => void;
  /** Design (graph wide), Split, or XML (text wide). */
  paneLayout: PaneLayout;
  setPaneLayout: (layout: PaneLayout) => void;
}

export const createUiSlice: StateCreator<StudioState, [], [], UiSlice> = (set) => ({
  sidePanelTab: 'Inspector',
  setSidePanelTab: (sidePanelTab) => set({ sidePanelTab }),
  paneLayout: readPaneLayout(),
  setPaneLayout: (paneLayout) => {
    savePaneLayout(paneLayout);
    set({ paneLayout });
  },
});
