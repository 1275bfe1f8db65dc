/**
 * View state that is neither document nor selection: which side-panel tab is open, how the panes share
 * the width (remembered across reloads, see view-prefs.ts). Never undoable.
 */
import type { StateCreator } from 'zustand';
import type { StudioState } from './studio-state.ts';
import {
  readModePanes,
  saveGuideDismissed,
  saveModePanes,
  type ModePanes,
} from './persistence/view-prefs.ts';

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

/** Under this window width the studio is on a tablet: panels are sheets, the XML starts hidden. */
export const TABLET_MAX_WIDTH = 1023;
/** From this window width up, Design shows the XML beside the graph by default. */
export const XML_BY_DEFAULT_MIN_WIDTH = 1280;

/**
 * A mode's panes before the person resizes them. Design gives the width to the graph (Inspector narrow,
 * the XML beside it on wide screens); Test gives the simulator a phone-sized column; Send, Results and
 * Versions put their panel in the main area (about two thirds of the width), the graph beside it.
 */
export function defaultModePanes(mode: StudioMode, windowWidth: number): ModePanes {
  const wide = windowWidth > 1440;
  const xmlWidth = wide ? 440 : 340;
  const xml = mode === 'Design' && windowWidth >= XML_BY_DEFAULT_MIN_WIDTH;
  if (windowWidth <= TABLET_MAX_WIDTH) return { xml: false, xmlWidth: 320, panelWidth: 360 };
  switch (mode) {
    case 'Design':
      return { xml, xmlWidth, panelWidth: wide ? 320 : 260 };
    case 'Test':
      return { xml, xmlWidth, panelWidth: wide ? 520 : 440 };
    case 'Results':
      return { xml, xmlWidth, panelWidth: Math.round(windowWidth * 0.64) };
    default:
      return { xml, xmlWidth, panelWidth: Math.round(windowWidth * 0.62) };
  }
}

function initialModePanes(): Record<StudioMode, ModePanes> {
  const width = globalThis.innerWidth ?? 1366;
  const saved = readModePanes();
  const panes = {} as Record<StudioMode, ModePanes>;
  for (const mode of STUDIO_MODES)
    panes[mode] = { ...defaultModePanes(mode, width), ...saved[mode] };
  return panes;
}

export interface UiSlice {
  sidePanelTab: SidePanelTab;
  /** Open a side-panel tab (e.g. a "Simulate" button elsewhere opens the Simulator). */
  setSidePanelTab: (tab: SidePanelTab) => void;
  /** The open mode (Design, Test, Send, Results, Versions); always the mode of `sidePanelTab`. */
  mode: StudioMode;
  setMode: (mode: StudioMode) => void;
  /** Each mode's panes (XML shown, widths), remembered across reloads. */
  modePanes: Record<StudioMode, ModePanes>;
  /** Change the open mode's panes (a splitter drag, the XML toggle). */
  setModePanes: (patch: Partial<ModePanes>) => void;
  /** Show or hide the XML beside the graph in the open mode (the header's "XML" button, Alt+X). */
  toggleXml: () => void;
  /** The first-step guide is showing. */
  guideOpen: boolean;
  /** Show the guide again (from the shortcuts dialog). */
  showGuide: () => void;
  /** Close the guide for good. */
  dismissGuide: () => void;
}

export const createUiSlice: StateCreator<StudioState, [], [], UiSlice> = (set, get) => ({
  sidePanelTab: 'Inspector',
  setSidePanelTab: (sidePanelTab) => set({ sidePanelTab, mode: MODE_OF_TAB[sidePanelTab] }),
  mode: 'Design',
  setMode: (mode) => set({ mode, sidePanelTab: TAB_OF_MODE[mode] }),
  modePanes: initialModePanes(),
  setModePanes: (patch) => {
    const { mode, modePanes } = get();
    const next = { ...modePanes, [mode]: { ...modePanes[mode], ...patch } };
    saveModePanes(next);
    set({ modePanes: next });
  },
  toggleXml: () => {
    const { mode, modePanes, setModePanes } = get();
    setModePanes({ xml: !modePanes[mode].xml });
  },
  guideOpen: false,
  showGuide: () => set({ guideOpen: true }),
  dismissGuide: () => {
    saveGuideDismissed();
    set({ guideOpen: false });
  },
});
