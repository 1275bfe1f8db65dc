/**
 * Palette items dropped on the XML text. Monaco would paste the drag's text where the pointer is (in the
 * middle of a tag, unindented); instead the drop is taken before Monaco sees it and becomes the same
 * edit a graph drop makes: the item's XML, indented, at the drop line (core/edit/text-drop), or a message
 * saying why not. The line that would take it is marked while dragging.
 */
import { insertSnippet, paletteItem, paletteSnippet, planTextDrop } from '../../core/index.ts';
import { runEdit, type StudioStore } from '../../store/index.ts';
import { draggedPaletteItem, PALETTE_MIME, paletteItemOfDrop } from '../../ui/palette-drag.ts';
import { monaco } from '../../ui/monaco/monaco-setup.ts';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

const NOTICE_ID = 'dialplan.paletteDropNotice';

export function bindPaletteDrop(editor: CodeEditor, store: StudioStore): () => void {
  const dom = editor.getContainerDomNode();
  const marker = editor.createDecorationsCollection();
  const notice = createNotice(editor);

  const lineAt = (event: DragEvent) =>
    editor.getTargetAtClientPoint(event.clientX, event.clientY)?.position?.lineNumber;

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
    const line = lineAt(event);
    if (line === undefined || draggedPaletteItem(event.dataTransfer) === undefined) return;
    marker.set([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'xml-drop-line' },
      },
    ]);
  };

  const onDrop = (event: DragEvent) => {
    const itemId = event.dataTransfer ? paletteItemOfDrop(event.dataTransfer) : undefined;
    if (itemId === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    marker.clear();
    const line = lineAt(event);
    const item = paletteItem(itemId);
    const model = editor.getModel();
    if (!item || !model || line === undefined) return;
    const state = store.getState();
    if (state.lastGood.source !== model.getValue())
      return notice.show('The XML is being edited or has errors: fix it, then drop again.');
    const offset = model.getOffsetAt({ lineNumber: line, column: 1 });
    let where = '';
    const error = runEdit(
      state,
      `Insert ${item.label}`,
      (doc) => {
        const plan = planTextDrop(doc, offset, item.kind, item.label);
        where = plan.where;
        return insertSnippet(doc, paletteSnippet(doc, item.id), plan.placement);
      },
      'palette',
    );
    notice.show(error ?? `Added ${item.label} ${where}.`);
  };

  const onDragLeave = (event: DragEvent) => {
    if (!(event.relatedTarget instanceof Node && dom.contains(event.relatedTarget))) marker.clear();
  };

  dom.addEventListener('dragover', onDragOver, true);
  dom.addEventListener('drop', onDrop, true);
  dom.addEventListener('dragleave', onDragLeave, true);
  return () => {
    dom.removeEventListener('dragover', onDragOver, true);
    dom.removeEventListener('drop', onDrop, true);
    dom.removeEventListener('dragleave', onDragLeave, true);
    notice.dispose();
  };
}

/** A line over the top of the editor saying what the last drop did; the next cursor move hides it. */
function createNotice(editor: CodeEditor) {
  const node = document.createElement('div');
  node.className = 'xml-drop-notice';
  node.setAttribute('role', 'status');
  const widget: monaco.editor.IOverlayWidget = {
    getId: () => NOTICE_ID,
    getDomNode: () => node,
    getPosition: () => ({ preference: monaco.editor.OverlayWidgetPositionPreference.TOP_CENTER }),
  };
  editor.addOverlayWidget(widget);
  // the drop's own edit has moved the cursor before the message is shown: the next move is the user's
  const hide = editor.onDidChangeCursorPosition(() => {
    node.textContent = '';
  });
  return {
    show(text: string) {
      node.textContent = text;
    },
    dispose() {
      hide.dispose();
      editor.removeOverlayWidget(widget);
    },
  };
}
