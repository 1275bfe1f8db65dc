/** Two-way wiring between one Monaco editor and the studio store. Returns the unbind function. */
import { allElements, elementAtOffset, elementName, findElement } from '../../core/index.ts';
import type { StudioStore } from '../../store/index.ts';
import { monaco } from '../../ui/monaco/monaco-setup.ts';
import { setNameSource } from './language-features.ts';
import { minimalEdit } from './minimal-edit.ts';
import { applyMarkers, applyTraceDecoration } from './decorations.ts';
import { sameMarkers } from './marker-diff.ts';
import { bindPaletteDrop } from './palette-drop.ts';
import { cachedModelText } from './model-text.ts';
import { applySizeOptions, isBigDocument } from './big-document.ts';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

/** Idle time after the last keystroke before the graph follows (the issue allows up to 150 ms). */
export const TYPING_DEBOUNCE_MS = 120;

export function bindEditorToStore(editor: CodeEditor, store: StudioStore): () => void {
  const model = editor.getModel();
  if (!model) return () => undefined;
  /** The last text this editor sent to (or received from) the store. */
  let synced = store.getState().text;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applyingExternal = false;
  const modelText = cachedModelText(model);
  let big = isBigDocument(synced);

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    synced = modelText();
    store.getState().setText(synced, 'editor');
  };
  // A save (page hidden or closed, another tab's change arriving) takes the typing not yet handed over.
  const unregisterPending = store.getState().registerPendingEdits(() => {
    if (timer !== undefined) flush();
  });
  const typing = model.onDidChangeContent(() => {
    if (applyingExternal) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, TYPING_DEBOUNCE_MS);
  });

  const applyExternal = (text: string) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const edit = minimalEdit(modelText(), text);
    synced = text;
    if (!edit) return;
    const start = model.getPositionAt(edit.start);
    const end = model.getPositionAt(edit.end);
    applyingExternal = true;
    model.pushEditOperations(
      editor.getSelections(),
      [{ range: monaco.Range.fromPositions(start, end), text: edit.text }],
      () => null,
    );
    applyingExternal = false;
  };

  const historyKey = (action: 'undo' | 'redo') => () => {
    if (timer !== undefined) flush();
    const fn = store.getState()[action];
    if (typeof fn === 'function') fn();
    else editor.trigger('keyboard', action, null);
  };
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, historyKey('undo'));
  editor.addCommand(
    monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ,
    historyKey('redo'),
  );
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, historyKey('redo'));

  /** True while the editor shows a selection made elsewhere: its cursor move is not the user's. */
  let revealing = false;
  // Every cursor move the user causes (arrows, clicks, Ctrl+F, Go to line, Monaco's own commands)
  // selects the element under the cursor; moves from store text or a reveal are skipped, so a graph
  // selection revealed here never comes back as a new selection.
  const cursor = editor.onDidChangeCursorPosition((event) => {
    if (applyingExternal || revealing) return;
    const { lastGood, stale, selectedId } = store.getState();
    if (stale || timer !== undefined || lastGood.source !== modelText()) return;
    const element = elementAtOffset(lastGood, model.getOffsetAt(event.position));
    if (element && element.id !== selectedId) store.getState().select(element.id, 'text');
  });

  setNameSource(() => {
    const names: string[] = [];
    for (const e of allElements(store.getState().lastGood)) {
      const name = elementName(e);
      if (name) names.push(name);
    }
    return names;
  });

  let traceIds: string[] = [];
  let marked = store.getState().diagnostics;
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.text !== previous.text && isBigDocument(state.text) !== big) {
      // before the text arrives, so a document growing big never builds what big ones leave out
      big = !big;
      applySizeOptions(editor, big);
    }
    if (state.text !== previous.text && state.text !== synced) applyExternal(state.text);
    if (!sameMarkers(marked, state.diagnostics)) {
      marked = state.diagnostics;
      applyMarkers(model, marked);
    }
    if (state.selectedId !== previous.selectedId && state.selectionSource !== 'text') {
      revealing = true;
      try {
        revealElement(editor, store, state.selectedId, modelText());
      } finally {
        revealing = false;
      }
    }
    if (state.highlight !== previous.highlight || state.lastGood !== previous.lastGood)
      traceIds = applyTraceDecoration(editor, state, traceIds, modelText());
  });
  applyMarkers(model, marked);
  const unbindDrop = bindPaletteDrop(editor, store);

  return () => {
    unbindDrop();
    if (timer !== undefined) flush();
    unregisterPending();
    typing.dispose();
    cursor.dispose();
    unsubscribe();
    setNameSource(() => []); // completion must not offer a closed editor's names
  };
}

/** Selects an element's text and scrolls it into view. */
function revealElement(
  editor: CodeEditor,
  store: StudioStore,
  id: string | undefined,
  text: string,
) {
  if (id === undefined) return;
  const { lastGood } = store.getState();
  const model = editor.getModel();
  if (!model || lastGood.source !== text) return;
  const element = findElement(lastGood, id);
  if (!element) return;
  const start = model.getPositionAt(element.range.start.offset);
  const end = model.getPositionAt(element.range.end.offset);
  editor.setSelection(monaco.Range.fromPositions(start, end));
  editor.revealRangeInCenterIfOutsideViewport(monaco.Range.fromPositions(start, start));
}
