export {
  createStudioStore,
  type StudioStore,
  type StudioStoreOptions,
} from './create-studio-store.ts';
export { StudioProvider, useStudio, useStudioStore } from './StudioProvider.tsx';
export type { StudioState } from './studio-state.ts';
export { BIG_TEXT_CHARS, type TextOrigin } from './document-slice.ts';
export type { Highlight } from './highlight-slice.ts';
export type { Positions } from './layout-slice.ts';
export {
  MODE_OF_TAB,
  SIDE_PANEL_TABS,
  STUDIO_MODES,
  TAB_OF_MODE,
  TABLET_MAX_WIDTH,
  defaultModePanes,
  type SidePanelTab,
  type StudioMode,
} from './ui-slice.ts';
export {
  readGuideDismissed,
  readWordWrap,
  saveWordWrap,
  type ModePanes,
} from './persistence/view-prefs.ts';
export {
  shownOverlay,
  type OverlayByElement,
  type OverlaySource,
  type ResultsOverlay,
} from './results-slice.ts';
export { runEdit, type EditOperation } from './history-edit.ts';
export type { Version, VersionKind, VersionsByDocument } from './versions-model.ts';
export type { VersionComparison } from './versions-slice.ts';
export { afterWorkerHolds, holdWorkers } from './worker-hold.ts';
