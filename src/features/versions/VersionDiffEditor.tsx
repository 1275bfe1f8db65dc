/**
 * Monaco's diff editor (the local package, set up by src/ui/monaco/monaco-setup.ts; lazy chunk): the
 * compared version on the old side, the current text on the new side. Read-only: edits are made in the XML pane.
 */
import { DiffEditor } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { loadMonacoFeatures, type monaco } from '../../ui/monaco/monaco-setup.ts';
import { useReady } from '../../ui/monaco/use-ready.ts';

export interface RevealRequest {
  side: 'old' | 'new';
  line: number;
  /** A new object per request, so that picking the same change twice reveals it again. */
  seq: number;
}

interface Props {
  original: string;
  modified: string;
  reveal: RevealRequest | undefined;
  /** Side by side when there is room (the wide view), inline in the side panel. */
  sideBySide: boolean;
}

export default function VersionDiffEditor({ original, modified, reveal, sideBySide }: Props) {
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | undefined>(undefined);
  // The models are disposed here, after the diff editor lets go of them: @monaco-editor/react disposes
  // them before the editor, and Monaco then throws "TextModel got disposed before DiffEditorWidget
  // model got reset" (on Restore, on leaving a comparison). Safe to run twice (StrictMode).
  useEffect(
    () => () => {
      const editor = editorRef.current;
      editorRef.current = undefined;
      const models = editor?.getModel();
      if (!editor || !models) return;
      editor.setModel(null);
      models.original.dispose();
      models.modified.dispose();
    },
    [],
  );
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    const side = reveal.side === 'old' ? editor.getOriginalEditor() : editor.getModifiedEditor();
    side.revealLineInCenter(reveal.line);
    side.setSelection({
      startLineNumber: reveal.line,
      startColumn: 1,
      endLineNumber: reveal.line,
      endColumn: Number.MAX_SAFE_INTEGER,
    });
  }, [reveal]);
  // The diff editor is one of Monaco's editor features, a chunk of their own.
  const featuresLoaded = useReady(loadMonacoFeatures);
  if (!featuresLoaded) return null;
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language="xml"
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={(editor) => {
        editorRef.current = editor;
      }}
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: sideBySide,
        useInlineViewWhenSpaceIsLimited: false,
        minimap: { enabled: false },
        fontSize: 12,
        automaticLayout: true,
        scrollBeyondLastLine: false,
        // The side panel's editor is short: a sticky header would cover the line a change reveals.
        stickyScroll: { enabled: false },
        originalAriaLabel: 'Compared version (read-only)',
        modifiedAriaLabel: 'Current text (read-only)',
      }}
    />
  );
}
