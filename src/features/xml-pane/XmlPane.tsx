import { lazy, Suspense, useEffect, useState } from 'react';
import {
  BIG_TEXT_CHARS,
  holdWorkers,
  readWordWrap,
  saveWordWrap,
  useStudioStore,
} from '../../store/index.ts';
import { editorOpened } from './editor-opened.ts';
import { loadMonacoLayers } from './monaco-layers.ts';
import './xml-pane.css';

// Monaco is about 1 MB gzipped: it loads with the pane, after the rest of the studio has started, its
// lower layers first, a task each (monaco-layers.ts).
const MonacoXmlEditor = lazy(() => loadMonacoLayers().then(() => import('./MonacoXmlEditor.tsx')));

/**
 * While the editor opens a big text, the layout and validation workers wait (worker-hold.ts). Called by
 * the app at its first render: the pane itself mounts only once the graph chunk is in, and validation
 * may be sent to its worker before that.
 */
export function useWorkersHeldWhileOpening() {
  const store = useStudioStore();
  useEffect(() => {
    if (store.getState().text.length < BIG_TEXT_CHARS) return;
    return holdWorkers(editorOpened());
  }, [store]);
}

/** The XML pane: a small toolbar (word wrap, on by default and remembered) over the editor. */
export function XmlPane() {
  const [wrap, setWrap] = useState(readWordWrap);
  const toggleWrap = () => {
    saveWordWrap(!wrap);
    setWrap(!wrap);
  };
  return (
    <div className="xml-pane">
      <div className="xml-toolbar">
        <button type="button" aria-pressed={wrap} onClick={toggleWrap}>
          Wrap lines
        </button>
      </div>
      <div className="xml-editor">
        <Suspense fallback={<p className="xml-loading">Loading editor…</p>}>
          <MonacoXmlEditor wordWrap={wrap} />
        </Suspense>
      </div>
    </div>
  );
}
