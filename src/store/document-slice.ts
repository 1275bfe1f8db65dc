/**
 * The document: the draft text as the user typed it, its latest parse, and the last good tree.
 *
 * Invariant: the text the user typed is never replaced behind their back. When the text does not parse
 * (an XML syntax error), `lastGood` keeps the previous tree and `stale` says the graph is out of date.
 *
 * Only parsing is on the sync path: the tree, `stale` and positions change at once, and validation runs
 * after the graph has been painted (`scheduleTask`), then `diagnostics` follow. Until then
 * `diagnosticsPending` is true and `diagnostics` still describe an earlier text.
 *
 * A big text opened whole (restored, imported, switched to: `BIG_TEXT_CHARS` and more) opens in steps,
 * so that no step blocks the page for long: the text at once (the XML pane shows it), the parse in
 * slices from the first task after a paint (`opening` is true until it is done and the graph says it is
 * opening), and its validation in a worker (`validation-worker-client.ts`). Typing in a big text stays
 * synchronous.
 */
import type { StateCreator } from 'zustand';
import {
  mapElementIds,
  parseDialplan,
  parseDialplanSteps,
  remapPositions,
  sameSkeleton,
  type DialplanDocument,
  type Diagnostic,
  type ParseResult,
} from '../core/index.ts';
import { afterNextPaint, type ScheduleTask } from './deferred-task.ts';
import { loadDiagnose, loadedDiagnose } from './diagnose-loader.ts';
import { canValidateInWorker, validateInWorker } from './validation-worker-client.ts';
import type { StudioState } from './studio-state.ts';

/**
 * Where a text change came from. The XML pane applies to Monaco every change that it did not send
 * itself (as a minimal edit, so the cursor and scroll stay put).
 */
export type TextOrigin =
  'editor' | 'graph' | 'inspector' | 'palette' | 'history' | 'import' | 'restore' | 'other';

/** From this many characters on, a text opened whole opens in steps (see the top of this file). */
export const BIG_TEXT_CHARS = 200_000;

/** A big text's parse reads about this many characters between two looks at the clock (≈ 5 ms). */
const PARSE_CHARS_PER_STEP = 20_000;
/** The longest one slice of a big text's parse runs before the browser may paint and take input. */
const PARSE_SLICE_MS = 40;

/** Text changes that open a whole document rather than edit the open one. */
const OPENING_ORIGINS: ReadonlySet<TextOrigin> = new Set(['import', 'restore']);

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
  /**
   * True while a big text that was opened whole waits for its parse (a task after the next paint):
   * `text` is the new text, `lastGood` and `diagnostics` still the earlier ones.
   */
  opening: boolean;
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
      const waiting = { document, syntax, cancel: () => {} };
      pending = waiting;
      if (document.source.length < BIG_TEXT_CHARS || !canValidateInWorker())
        return void (waiting.cancel = scheduleTask(validatePending));
      // A big text is validated in a worker (its own parse there): the page stays responsive. It is
      // sent a task after its parse: starting the worker and copying the text to it took 0.08 s on
      // the 2-core dev machine, which joined the parse's own task (issue 11 item 6).
      waiting.cancel = scheduleTask(() => validateInWorkerFor(waiting));
    };
    const validateInWorkerFor = (waiting: NonNullable<typeof pending>) => {
      const inWorker = validateInWorker(waiting.document.source);
      if (!inWorker) return void (waiting.cancel = scheduleTask(validatePending));
      let cancelled = false;
      waiting.cancel = () => void (cancelled = true);
      inWorker.then(
        (diagnostics) => {
          if (cancelled || pending !== waiting) return;
          pending = undefined;
          set({ diagnostics, diagnosticsPending: false });
        },
        // No worker after all (a blocked script, an old browser): validate here, after a paint.
        () => !cancelled && pending === waiting && (waiting.cancel = scheduleTask(validatePending)),
      );
    };

    /** Parses `text` into the tree; positions follow their elements unless `keepPositions`. */
    const applyParse = (text: string, textOrigin: TextOrigin, keepPositions: boolean) => {
      markSyncStart();
      applyParsed(text, textOrigin, keepPositions, parseDialplan(text));
    };
    /** Shows the tree parsed from `text` (see `applyParse`). */
    const applyParsed = (
      text: string,
      textOrigin: TextOrigin,
      keepPositions: boolean,
      parsed: ParseResult,
    ) => {
      const { document, diagnostics: syntax } = parsed;
      deferValidation(document, syntax);
      const stale = hasSyntaxErrors(syntax);
      if (stale) {
        // A big text opened with errors: its partial tree is all there is to show (as for any text
        // a studio opens with).
        const shown = get().opening && !get().lastGood.root ? { lastGood: document } : {};
        return set({ text, textOrigin, stale, opening: false, diagnosticsPending: true, ...shown });
      }
      // Positions follow their elements across the edit (see layout-slice.ts).
      const { lastGood, positions: before } = get();
      const positions =
        keepPositions || sameSkeleton(lastGood, document)
          ? before
          : remapPositions(before, mapElementIds(lastGood, document));
      set({
        text,
        textOrigin,
        stale,
        opening: false,
        lastGood: document,
        positions,
        diagnosticsPending: true,
      });
    };

    /** The parse a big opened text waits for, and how to cancel it (a newer text came first). */
    let cancelOpening = () => {};
    /**
     * Shows a big opened text at once and parses it after the next paint (see the top of the file), in
     * slices of PARSE_SLICE_MS, one task each: the 1,000-question poll's parse took 0.1–0.2 s in one
     * task on the 2-core dev machine, and 0.27 s with the garbage collector's share (issue 11 item 6).
     */
    const openInSteps = (text: string, textOrigin: TextOrigin, keepPositions: boolean) => {
      cancelOpening();
      let steps: Generator<number, ParseResult, void> | undefined;
      const slice = () => {
        if (get().text !== text || !get().opening) return;
        if (!steps) markSyncStart();
        steps ??= parseDialplanSteps(text, PARSE_CHARS_PER_STEP);
        const deadline = performance.now() + PARSE_SLICE_MS;
        for (;;) {
          const step = steps.next();
          if (step.done) return applyParsed(text, textOrigin, keepPositions, step.value);
          if (performance.now() >= deadline) break;
        }
        cancelOpening = scheduleTask(slice);
      };
      cancelOpening = scheduleTask(slice);
    };

    void loadDiagnose();
    const opensInSteps = initialText.length >= BIG_TEXT_CHARS;
    const first = parseDialplan(opensInSteps ? '' : initialText);
    if (opensInSteps) openInSteps(initialText, 'restore', true);
    else deferValidation(first.document, first.diagnostics);
    return {
      text: initialText,
      diagnostics: opensInSteps ? [] : first.diagnostics,
      diagnosticsPending: true,
      lastGood: first.document,
      stale: !opensInSteps && hasSyntaxErrors(first.diagnostics),
      textOrigin: 'restore',
      opening: opensInSteps,
      setText: (text, textOrigin = 'editor') => {
        if (text === get().text) return;
        cancelOpening();
        if (text.length >= BIG_TEXT_CHARS && OPENING_ORIGINS.has(textOrigin)) {
          set({ text, textOrigin, opening: true, diagnosticsPending: true });
          // Positions are not matched to the new elements: a restored text (a document switched to)
          // comes with its own, set right after, and an import is laid out afresh (`useAutoLayout`).
          return openInSteps(text, textOrigin, true);
        }
        applyParse(text, textOrigin, false);
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
