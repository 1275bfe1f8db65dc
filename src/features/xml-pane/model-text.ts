/**
 * The model's text, read once per model version. `getValue()` joins the whole piece tree into a new
 * string (≈ 0.5 MB for the 1,000-question poll); the pane compared it with the parsed text on every
 * cursor move, reveal and trace step, though the text had not changed in between.
 */
import type { monaco } from '../../ui/monaco/monaco-setup.ts';

export function cachedModelText(model: monaco.editor.ITextModel): () => string {
  let version = -1;
  let text = '';
  return () => {
    const current = model.getVersionId();
    if (current !== version) {
      version = current;
      text = model.getValue();
    }
    return text;
  };
}
