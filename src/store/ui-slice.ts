/** View state that is neither document nor selection: which side-panel tab is open. Never undoable. */
import type { StateCreator } from 'zustand';
import type { StudioState } from './studio-state.ts';

export const SIDE_PANEL_TABS = ['Inspector', 'Simulator', 'Export', 'Results'] as const;
export type SidePanelTab = (typeof SIDE_PANEL_TABS)[number];

export interface UiSlice {
  sidePanelTab: SidePanelTab;
  /** Open a side-panel tab (e.g. a "Simulate" button elsewhere opens the Simulator). */
  setSidePanelTab: (tab: SidePanelTab) => void;
}

export const createUiSlice: StateCreator<StudioState, [], [], UiSlice> = (set) => ({
  sidePanelTab: 'Inspector',
  setSidePanelTab: (sidePanelTab) => set({ sidePanelTab }),
});
