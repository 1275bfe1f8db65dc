/**
 * The document: the draft text as the user typed it, its latest parse, and the last good tree.
 *
 * Invariant: the text the user typed is never replaced behind their back. When the text does not parse
 * (an XML syntax error), `lastGood` keeps the previous tree and `stale` says the graph is out of date.
 */
import type { StateCreator } from 'zustand';
import { parseDialplan, type DialplanDocument, type Diagnostic } from '../core/index.ts';
import type { StudioState } from './studio-state.ts';

export interface DocumentSlice {
  /** The XML text exactly as typed. */
  text: string;
  /** Diagnostics of `text` (syntax and validation). */
  diagnostics: Diagnostic[];
  /** The tree of the last text that parsed without syntax errors. */
  lastGood: DialplanDocument;
  /** True while `text` has syntax errors and the views show `lastGood`. */
  stale: boolean;
  /** Replace the text (from the XML pane, an import, or an edit turned into text). */
  setText: (text: string) => void;
}

/** A tree is usable by the views when the XML itself is well-formed. */
export function hasSyntaxErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && d.ruleId.startsWith('xml-'));
}

export function analyse(text: string): { document: DialplanDocument; diagnostics: Diagnostic[] } {
  return parseDialplan(text);
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
      setText: (text) => {
        if (text === get().text) return;
        const { document, diagnostics } = analyse(text);
        const stale = hasSyntaxErrors(diagnostics);
        set(
          stale ? { text, diagnostics, stale } : { text, diagnostics, stale, lastGood: document },
        );
      },
    };
  };
