/** Diagnostics as Monaco markers (errors red, warnings yellow, with the rule id), and the call trace. */
import { findElement, type Diagnostic } from '../../core/index.ts';
import type { StudioState } from '../../store/index.ts';
import { monaco } from '../../ui/monaco/monaco-setup.ts';
import { diagnosticsToMark, hiddenNote } from './marker-limit.ts';

const OWNER = 'dialplan';

export function applyMarkers(model: monaco.editor.ITextModel, diagnostics: readonly Diagnostic[]) {
  const severity = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  const { shown, hidden } = diagnosticsToMark(diagnostics);
  const markers: monaco.editor.IMarkerData[] = shown.map((d) => {
    const start = model.getPositionAt(d.range.start.offset);
    const end = model.getPositionAt(Math.max(d.range.end.offset, d.range.start.offset + 1));
    return {
      severity: severity[d.severity],
      message: d.message,
      code: d.ruleId,
      source: d.ruleId,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
  if (hidden > 0)
    markers.unshift({
      severity: monaco.MarkerSeverity.Info,
      message: hiddenNote(hidden),
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: model.getLineMaxColumn(1),
    });
  monaco.editor.setModelMarkers(model, OWNER, markers);
}

/** Highlights the line of the element a simulated call is at, and keeps it in view. */
export function applyTraceDecoration(
  editor: monaco.editor.IStandaloneCodeEditor,
  state: StudioState,
  previous: string[],
  /** The model's text (bind-editor reads it once per version). */
  text: string,
): string[] {
  const model = editor.getModel();
  const activeId = state.highlight.activeId;
  // Follows the id down the tree: indexing the whole document on every step of a call was wasted work.
  const element = activeId === undefined ? undefined : findElement(state.lastGood, activeId);
  if (!model || !element || state.lastGood.source !== text)
    return editor.deltaDecorations(previous, []);
  const line = model.getPositionAt(element.range.start.offset).lineNumber;
  editor.revealLineInCenterIfOutsideViewport(line);
  return editor.deltaDecorations(previous, [
    {
      range: new monaco.Range(line, 1, line, 1),
      options: {
        isWholeLine: true,
        className: 'xml-trace-line',
        linesDecorationsClassName: 'xml-trace-gutter',
      },
    },
  ]);
}
