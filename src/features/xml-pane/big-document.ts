/**
 * Big documents in the XML pane (issue 11 item 6: opening the 1,000-question poll, ≈ 0.54 MB and
 * 6,000 lines, never blocks the main thread for more than 200 ms at a time).
 *
 * Profiled in headless Chromium, Monaco's share of opening such a text was: the editor built with the
 * text in one task (services, widget, the model and 6,000 wrapped view lines: ≈ 250 ms), XML's bracket
 * pair tree (every `<` and `>` is a bracket) parsed over the whole text twice (≈ 100–120 ms each, once
 * for colorization at first render and again when background tokenization finished), and per cursor
 * move whole-document searches (word occurrences, bracket matching). So, above BIG_DOCUMENT_CHARS:
 * - the editor is created without a model; a model with the first lines is made in a later task,
 *   attached in the next, then the rest of the text is appended a slice of lines per task
 *   (`attachTextInSlices`), so no single task does all of it;
 * - the features whose cost grows with the whole text are off (`BIG_DOCUMENT_OPTIONS`); everything the
 *   user works with (completion, hover, markers, find, folding, wrap, Tab-focus mode) stays.
 */
import { monaco } from '../../ui/monaco/monaco-setup.ts';
import { linePieces } from './line-pieces.ts';
import { nextTimerTask } from '../../ui/schedule.ts';

/**
 * From this many characters on, the XML pane opens the text in slices and with the costly options off.
 * The political poll is ≈ 2.7 KB; a 100-question poll ≈ 55 KB still opens in one go in ~50 ms.
 */
export const BIG_DOCUMENT_CHARS = 200_000;

export function isBigDocument(text: string): boolean {
  return text.length >= BIG_DOCUMENT_CHARS;
}

/** Editor options for a big document: each one turns off work proportional to the whole text. */
const BIG_DOCUMENT_OPTIONS: monaco.editor.IEditorOptions = {
  // Colorization, bracket guides and bracket matching all build the bracket pair tree of the whole text.
  bracketPairColorization: { enabled: false },
  guides: { bracketPairs: false, bracketPairsHorizontal: false, highlightActiveBracketPair: false },
  matchBrackets: 'never',
  // Searched over the whole text on every cursor move or selection (a graph selection selects an element).
  occurrencesHighlight: 'off',
  selectionHighlight: false,
  unicodeHighlight: {
    ambiguousCharacters: false,
    invisibleCharacters: false,
    nonBasicASCII: false,
  },
};

/** The options that differ from Monaco's defaults for a normal document (undoes BIG_DOCUMENT_OPTIONS). */
const NORMAL_DOCUMENT_OPTIONS: monaco.editor.IEditorOptions = {
  bracketPairColorization: { enabled: true },
  guides: {
    bracketPairs: false,
    bracketPairsHorizontal: 'active',
    highlightActiveBracketPair: true,
  },
  matchBrackets: 'always',
  occurrencesHighlight: 'singleFile',
  selectionHighlight: true,
  unicodeHighlight: {
    ambiguousCharacters: true,
    invisibleCharacters: true,
    nonBasicASCII: 'inUntrustedWorkspace',
  },
};

/**
 * Sets the options for a document of this size. Bracket colorization is a model option, which the
 * model service sets on every model (on each configuration change) from the configuration key
 * `editor.bracketPairColorization.enabled`; the editor option `bracketPairColorization: { enabled }`
 * never reaches that key, and a model's own updateOptions is overwritten by the next change. Standalone
 * Monaco copies an option into the configuration when its name is a configuration key, dotted or not.
 */
export function applySizeOptions(editor: monaco.editor.IStandaloneCodeEditor, big: boolean): void {
  const colorization = { 'bracketPairColorization.enabled': !big };
  editor.updateOptions({
    ...(big ? BIG_DOCUMENT_OPTIONS : NORMAL_DOCUMENT_OPTIONS),
    ...(colorization as monaco.editor.IEditorOptions),
  });
}

/** Runs one slice under a `performance.measure` (xml:model, xml:attach, xml:append) for profiles. */
function measured<T>(name: string, slice: () => T): T {
  const start = performance.now();
  try {
    return slice();
  } finally {
    performance.measure(`xml:${name}`, { start, end: performance.now() });
  }
}

/** Lines the editor is first given: a screenful and more, so its first view is drawn at once. */
const HEAD_LINES = 100;
/** Lines appended per task after that: a slice's view lines and line breaks are made when it lands. */
const LINES_PER_SLICE = 500;

/**
 * Gives an editor created without a model the text of `currentText()` in later tasks: a model of the
 * first lines, attached (its view built, lines wrapped as the pane says) in the next task, then the
 * rest of the text appended a slice of lines per task. Each slice costs its own lines only: attaching
 * and wrapping the whole 6,000-line poll took 0.13–0.28 s per step on the 2-core dev machine, and even
 * a 1,000-line head put its first drawing at 0.2–0.26 s. Resolves true once all of the text is in, false
 * when the editor was disposed first. The text is read again at the end, so a change made meanwhile
 * (a graph edit, an import) is not lost.
 */
export async function attachTextInSlices(
  editor: monaco.editor.IStandaloneCodeEditor,
  currentText: () => string,
): Promise<boolean> {
  let disposed = false;
  const watch = editor.onDidDispose(() => {
    disposed = true;
  });
  try {
    await nextTimerTask();
    if (disposed) return false;
    const text = currentText();
    const [head = ''] = linePieces(text, HEAD_LINES);
    const rest = linePieces(text.slice(head.length), LINES_PER_SLICE).filter((p) => p !== '');
    const model = measured('model', () => monaco.editor.createModel(head, 'xml'));
    await nextTimerTask();
    if (disposed) {
      model.dispose();
      return false;
    }
    measured('attach', () => {
      const placeholder = editor.getModel();
      editor.setModel(model);
      placeholder?.dispose();
    });
    for (const piece of rest) {
      await nextTimerTask();
      if (disposed) return false;
      measured('append', () => appendText(model, piece));
    }
    if (currentText() !== text) model.setValue(currentText());
    return true;
  } finally {
    watch.dispose();
  }
}

/** Appends `text` at the end of `model`, outside the editor's undo stack (the store keeps history). */
function appendText(model: monaco.editor.ITextModel, text: string): void {
  const end = model.getFullModelRange().getEndPosition();
  model.applyEdits([{ range: monaco.Range.fromPositions(end), text }]);
}
