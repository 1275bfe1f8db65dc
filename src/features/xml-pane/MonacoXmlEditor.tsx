/**
 * The XML pane's editor (lazy chunk). Typing reaches the store after a short idle debounce; every text
 * change the editor did not send itself (undo, graph and inspector edits, imports) is applied to the
 * model as one minimal edit, so the cursor and scroll stay where they are.
 */
import { useState } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monaco-setup.ts';
import { registerXmlFeatures } from './language-features.ts';
import { useStudioStore } from '../../store/index.ts';
import { bindEditorToStore } from './bind-editor.ts';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

/** `wordWrap`: long lines wrap at the pane's edge (prompts are long; the pane is narrow). */
export default function MonacoXmlEditor({ wordWrap }: { wordWrap: boolean }) {
  const store = useStudioStore();
  const [initialText] = useState(() => store.getState().text);
  const onMount = (editor: CodeEditor) => {
    registerXmlFeatures(monaco);
    const unbind = bindEditorToStore(editor, store);
    editor.onDidDispose(unbind);
  };
  return (
    <Editor
      defaultLanguage="xml"
      defaultValue={initialText}
      onMount={onMount}
      options={{
        minimap: { enabled: false },
        fontSize: 13,
        wordWrap: wordWrap ? 'on' : 'off',
        wrappingIndent: 'indent',
        automaticLayout: true,
        scrollBeyondLastLine: false,
        ariaLabel: 'XML editor',
      }}
    />
  );
}
