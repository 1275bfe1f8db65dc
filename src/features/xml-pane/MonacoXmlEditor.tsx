/**
 * The XML pane's editor (lazy chunk). Typing reaches the store after a short idle debounce; every text
 * change the editor did not send itself (undo, graph and inspector edits, imports) is applied to the
 * model as one minimal edit, so the cursor and scroll stay where they are.
 *
 * Tab moves focus out of the editor by default (tab-focus mode), so a keyboard user passes through the
 * pane without typing into the document; Ctrl+M switches Tab to indenting, as in VS Code.
 */
import { useState } from 'react';
import Editor from '@monaco-editor/react';
import { monaco } from './monaco-setup.ts';
import { registerXmlFeatures } from './language-features.ts';
import { useStudioStore } from '../../store/index.ts';
import { bindEditorToStore } from './bind-editor.ts';
import {
  defineEditorThemes,
  saveEditorTheme,
  savedEditorTheme,
  type EditorTheme,
} from './editor-themes.ts';
import { EditorStatusLine } from './EditorStatusLine.tsx';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

/** `wordWrap`: long lines wrap at the pane's edge (prompts are long; the pane is narrow). */
export default function MonacoXmlEditor({ wordWrap }: { wordWrap: boolean }) {
  const store = useStudioStore();
  const [initialText] = useState(() => store.getState().text);
  const [tabMovesFocus, setTabMovesFocus] = useState(true);
  const [theme, setTheme] = useState<EditorTheme>(savedEditorTheme);
  const onMount = (editor: CodeEditor) => {
    registerXmlFeatures(monaco);
    const unbind = bindEditorToStore(editor, store);
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () => {
      const next = !editor.getOption(monaco.editor.EditorOption.tabFocusMode);
      editor.updateOptions({ tabFocusMode: next });
      setTabMovesFocus(next);
    });
    editor.onDidDispose(unbind);
  };
  const changeTheme = (next: EditorTheme) => {
    setTheme(next);
    saveEditorTheme(next);
  };
  return (
    <div className="xml-editor-body">
      <div className="xml-editor-host">
        <Editor
          defaultLanguage="xml"
          defaultValue={initialText}
          beforeMount={defineEditorThemes}
          onMount={onMount}
          theme={theme}
          options={{
            minimap: { enabled: false },
            fontSize: 13,
            wordWrap: wordWrap ? 'on' : 'off',
            wrappingIndent: 'indent',
            automaticLayout: true,
            scrollBeyondLastLine: false,
            // the last line stays clear of the horizontal scrollbar (which overlays the bottom of the view)
            padding: { bottom: 16 },
            ariaLabel: 'XML editor',
            tabFocusMode: tabMovesFocus,
          }}
        />
      </div>
      <EditorStatusLine tabMovesFocus={tabMovesFocus} theme={theme} onThemeChange={changeTheme} />
    </div>
  );
}
