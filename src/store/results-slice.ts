/**
 * What the graph draws over the dialplan from call results: per element id, a branch's count and share
 * or a menu's reached/drop-off, from the real results or from the batch forecast. The Results panel fills
 * it; a small badge on the graph reads it. View state: never undoable, never saved.
 */
import type { StateCreator } from 'zustand';
import type { ElementOverlay } from '../core/index.ts';
import type { StudioState } from './studio-state.ts';

/** 'both': the real numbers, with the forecast and the difference beside them on each branch. */
export type OverlaySource = 'off' | 'real' | 'forecast' | 'both';
export type OverlayByElement = Readonly<Record<string, ElementOverlay>>;

export interface ResultsOverlay {
  /** Which numbers the graph shows. */
  source: OverlaySource;
  real?: OverlayByElement;
  forecast?: OverlayByElement;
}

export interface ResultsSlice {
  resultsOverlay: ResultsOverlay;
  setResultsOverlay: (partial: Partial<ResultsOverlay>) => void;
}

/** The overlay entry the graph should show for an element, given the chosen source. */
export function shownOverlay(
  overlay: ResultsOverlay,
  elementId: string,
): ElementOverlay | undefined {
  const map =
    overlay.source === 'real' || overlay.source === 'both'
      ? overlay.real
      : overlay.source === 'forecast'
        ? overlay.forecast
        : undefined;
  return map?.[elementId];
}

export const createResultsSlice: StateCreator<StudioState, [], [], ResultsSlice> = (set) => ({
  resultsOverlay: { source: 'off' },
  setResultsOverlay: (partial) =>
    set((s) => ({ resultsOverlay: { ...s.resultsOverlay, ...partial } })),
});
