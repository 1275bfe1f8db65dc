/**
 * The XML pane's editor (lazy chunk). Typing reaches the store after a short idle debounce; every text
 * change the editor did not send itself (undo, graph and inspector edits, imports) is applied to the
 * model as one minimal edit, so the cursor and scroll stay where they are.
 *
 * Tab moves focus out of the editor by default (tab-focus mode), so a keyboard user passes through the
 * pane without typing into the document; Ctrl+M switches Tab to indenting, as in VS Code.
 *
 * A big document (big-document.ts) is not given to the editor at creation: the editor is made empty and
 * read-only, the text arrives in later tasks, and only then is the editor bound to the store.
 */
import { useState } from 'react';
import { useTheme } from '../../ui/useTheme.ts';
import Editor from '@monaco-editor/react';
import { monaco } from '../../ui/monaco/monaco-setup.ts';
import { useStudioStore } from '../../store/index.ts';
import { bindEditorToStore } from './bind-editor.ts';
import {
  editorThemeFor,
  saveEditorTheme,
  savedEditorChoice,
  type EditorTheme,
} from './editor-themes.ts';
import { EditorStatusLine } from './EditorStatusLine.tsx';
import { applySizeOptions, attachTextInSlices, isBigDocument } from './big-document.ts';
import { warmUpMonaco } from './warm-up.ts';
import { markEditorOpened } from './editor-opened.ts';
import { useReady } from '../../ui/monaco/use-ready.ts';
import { EDITOR_FONT_SIZE } from './editor-options.ts';

type CodeEditor = monaco.editor.IStandaloneCodeEditor;

/** Where @monaco-editor/react puts the empty model a big document's editor is not given (disposed). */
const UNUSED_MODEL_PATH = 'inmemory://dialplan-studio/unused.xml';

/** `wordWrap`: long lines wrap at the pane's edge (prompts are long; the pane is narrow). */
export default function MonacoXmlEditor({ wordWrap }: { wordWrap: boolean }) {
  const store = useStudioStore();
  const [initialText] = useState(() => store.getState().text);
  const [bigAtStart] = useState(() => isBigDocument(initialText));
  const [opening, setOpening] = useState(bigAtStart);
  const [tabMovesFocus, setTabMovesFocus] = useState(true);
  const studioTheme = useTheme();
  // the "Dark editor" switch's choice, which holds while the studio keeps its theme (editor-themes.ts)
  const [editorChoice, setEditorChoice] = useState(savedEditorChoice);
  const theme = editorThemeFor(studioTheme, editorChoice);
  // the theme the editor starts with; later changes go through the editor's `theme` prop
  const warm = useReady(() => warmUpMonaco(theme));
  const onMount = (editor: CodeEditor) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () => {
      const next = !editor.getOption(monaco.editor.EditorOption.tabFocusMode);
      editor.updateOptions({ tabFocusMode: next });
      setTabMovesFocus(next);
    });
    const bind = () => editor.onDidDispose(bindEditorToStore(editor, store));
    if (!bigAtStart) {
      bind();
      markEditorOpened();
      return;
    }
    applySizeOptions(editor, true);
    monaco.editor.getModel(monaco.Uri.parse(UNUSED_MODEL_PATH))?.dispose();
    void attachTextInSlices(editor, () => store.getState().text).then((attached) => {
      markEditorOpened();
      if (!attached) return;
      bind();
      setOpening(false);
    });
  };
  const changeTheme = (next: EditorTheme) => {
    setEditorChoice(saveEditorTheme(next, studioTheme));
  };
  return (
    <div className="xml-editor-body">
      <div className="xml-editor-host" aria-busy={opening}>
        {opening && (
          <p className="xml-opening" role="status">
            Opening the XML ({Math.round(initialText.length / 1024)} KB)…
          </p>
        )}
        {warm && (
          <Editor
            defaultLanguage="xml"
            defaultValue={bigAtStart ? '' : initialText}
            {...(bigAtStart ? { defaultPath: UNUSED_MODEL_PATH } : {})}
            onMount={onMount}
            theme={theme}
            options={{
              minimap: { enabled: false },
              fontSize: EDITOR_FONT_SIZE,
              wordWrap: wordWrap ? 'on' : 'off',
              wrappingIndent: 'indent',
              automaticLayout: true,
              scrollBeyondLastLine: false,
              // the last line stays clear of the horizontal scrollbar (which overlays the bottom of the view)
              padding: { bottom: 16 },
              ariaLabel: 'XML editor',
              tabFocusMode: tabMovesFocus,
              readOnly: opening,
              // A big document's editor is built without a model: its view is made when the text is
              // attached, in a task of its own (0.06–0.11 s less in the task that builds the editor).
              // @monaco-editor/react spreads these options over the empty model it made for the path.
              ...(bigAtStart ? { model: null } : {}),
            }}
          />
        )}
      </div>
      <EditorStatusLine tabMovesFocus={tabMovesFocus} theme={theme} onThemeChange={changeTheme} />
    </div>
  );
}
