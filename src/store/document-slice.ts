/**
 * The document: the draft text as the user typed it, its latest parse, and the last good tree.
 *
 * Invariant: the text the user typed is never replaced behind their back. When the text does not parse
 * (an XML syntax error), `lastGood` keeps the previous tree and `stale` says the graph is out of date.
 */
import type { StateCreator } from 'zustand';
import {
  analyseDialplan,
  mapElementIds,
  remapPositions,
  sameSkeleton,
  type DialplanDocument,
  type Diagnostic,
} from '../core/index.ts';
import type { StudioState } from './studio-state.ts';

/**
 * Where a text change came from. The XML pane applies to Monaco every change that it did not send
 * itself (as a minimal edit, so the cursor and scroll stay put).
 */
export type TextOrigin =
  'editor' | 'graph' | 'inspector' | 'palette' | 'history' | 'import' | 'restore' | 'other';

export interface DocumentSlice {
  /** The XML text exactly as typed. */
  text: string;
  /** Diagnostics of `text` (syntax and validation). */
  diagnostics: Diagnostic[];
  /** The tree of the last text that parsed without syntax errors. */
  lastGood: DialplanDocument;
  /** True while `text` has syntax errors and the views show `lastGood`. */
  stale: boolean;
  /** Who made the latest text change. */
  textOrigin: TextOrigin;
  /** Replace the text (from the XML pane, an import, or an edit turned into text). Default origin: editor. */
  setText: (text: string, origin?: TextOrigin) => void;
  /** The same as `setText`, with the origin spelled out: use it for every change not typed in the pane. */
  replaceText: (text: string, origin: TextOrigin) => void;
}

/** A tree is usable by the views when the XML itself is well-formed. */
export function hasSyntaxErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('xml-'));
}

/** Parse + validate (syntax errors first-class, validation rules that fit a broken tree). */
export function analyse(text: string): { document: DialplanDocument; diagnostics: Diagnostic[] } {
  return analyseDialplan(text);
}

export const createDocumentSlice =
  (initialText: string): StateCreator<StudioState, [], [], DocumentSlice> =>
  (set, get) => {
    const first = analyse(initialText);
    return {
      text: initialText,
      diagnostics: first.diagnostics,
      lastGood: first.document,
      stale: hasSyntaxErrors(first.diagnostics),
      textOrigin: 'restore',
      setText: (text, textOrigin = 'editor') => {
        if (text === get().text) return;
        markSyncStart();
        const { document, diagnostics } = analyse(text);
        const stale = hasSyntaxErrors(diagnostics);
        if (stale) return set({ text, textOrigin, diagnostics, stale });
        // Positions follow their elements across the edit (see layout-slice.ts).
        const { lastGood, positions: before } = get();
        const positions = sameSkeleton(lastGood, document)
          ? before
          : remapPositions(before, mapElementIds(lastGood, document));
        set({ text, textOrigin, diagnostics, stale, lastGood: document, positions });
      },
      replaceText: (text, origin) => get().setText(text, origin),
    };
  };

/**
 * Start mark of `sync:text-to-graph`: whatever changed the text, the graph follows, and the graph view
 * measures when it has drawn the new tree. (`sync:graph-to-text` is measured by `applyEdit`.)
 */
function markSyncStart(): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark('sync:text-to-graph:start');
}
