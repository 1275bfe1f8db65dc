/**
 * Monaco from the local package, never a CDN (the page makes no request outside its origin): core API,
 * editor features, the XML tokenizer and the generic editor worker, handed to @monaco-editor/react.
 * Loaded lazily with the pane, so the start-up bundle stays small.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/xml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker };
  }
}

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

export { monaco };
