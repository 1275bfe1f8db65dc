/**
 * The document: the draft text as the user typed it, its latest parse, and the last good tree.
 *
 * Invariant: the text the user typed is never replaced behind their back. When the text does not parse
 * (an XML syntax error), `lastGood` keeps the previous tree and `stale` says the graph is out of date.
 *
 * Only parsing is on the sync path: the tree, `stale` and positions change at once, and validation runs
 * after the graph has been painted (`scheduleTask`), then `diagnostics` follow. Until then
 * `diagnosticsPending` is true and `diagnostics` still describe an earlier text.
 */
import type { StateCreator } from 'zustand';
import {
  mapElementIds,
  parseDialplan,
  remapPositions,
  sameSkeleton,
  type DialplanDocument,
  type Diagnostic,
} from '../core/index.ts';
import { afterNextPaint, type ScheduleTask } from './deferred-task.ts';
import { loadDiagnose, loadedDiagnose } from './diagnose-loader.ts';
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
  /** Diagnostics (syntax and validation) of `text`, or of an earlier text while `diagnosticsPending`. */
  diagnostics: Diagnostic[];
  /** True from a text change until its validation has landed in `diagnostics`. */
  diagnosticsPending: boolean;
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
  /**
   * Runs a pending validation now and returns the diagnostics of the current text (in the first moments
   * of a page, before the validator chunk has loaded, the latest known diagnostics).
   */
  flushDiagnostics: () => Diagnostic[];
}

/** A tree is usable by the views when the XML itself is well-formed (parser rule ids start `xml-`). */
function hasSyntaxErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('xml-'));
}

export const createDocumentSlice =
  (
    initialText: string,
    scheduleTask: ScheduleTask = afterNextPaint,
  ): StateCreator<StudioState, [], [], DocumentSlice> =>
  (set, get) => {
    /** The parse whose validation has not landed yet, and how to cancel its scheduled run. */
    let pending:
      { document: DialplanDocument; syntax: Diagnostic[]; cancel: () => void } | undefined;

    /** Validates the pending parse now; before the validator chunk has loaded, once it has. */
    const validatePending = (): Diagnostic[] => {
      const diagnose = loadedDiagnose();
      if (!pending) return get().diagnostics;
      if (!diagnose) {
        const waiting = pending;
        void loadDiagnose().then(() => waiting === pending && validatePending());
        return get().diagnostics;
      }
      const { document, syntax, cancel } = pending;
      pending = undefined;
      cancel();
      const diagnostics = diagnose(document, syntax);
      set({ diagnostics, diagnosticsPending: false });
      return diagnostics;
    };
    const deferValidation = (document: DialplanDocument, syntax: Diagnostic[]) => {
      pending?.cancel();
      pending = { document, syntax, cancel: scheduleTask(validatePending) };
    };

    void loadDiagnose();
    const first = parseDialplan(initialText);
    deferValidation(first.document, first.diagnostics);
    return {
      text: initialText,
      diagnostics: first.diagnostics,
      diagnosticsPending: true,
      lastGood: first.document,
      stale: hasSyntaxErrors(first.diagnostics),
      textOrigin: 'restore',
      setText: (text, textOrigin = 'editor') => {
        if (text === get().text) return;
        markSyncStart();
        const { document, diagnostics: syntax } = parseDialplan(text);
        deferValidation(document, syntax);
        const stale = hasSyntaxErrors(syntax);
        if (stale) return set({ text, textOrigin, stale, diagnosticsPending: true });
        // Positions follow their elements across the edit (see layout-slice.ts).
        const { lastGood, positions: before } = get();
        const positions = sameSkeleton(lastGood, document)
          ? before
          : remapPositions(before, mapElementIds(lastGood, document));
        set({ text, textOrigin, stale, lastGood: document, positions, diagnosticsPending: true });
      },
      replaceText: (text, origin) => get().setText(text, origin),
      flushDiagnostics: validatePending,
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
