/**
 * Monaco from the local package, never a CDN (the page makes no request outside its origin): core API
 * and the generic editor worker, handed to @monaco-editor/react. Loaded lazily with the pane, so the
 * start-up bundle stays small. The editor features and the XML tokenizer are a chunk of their own
 * (`loadMonacoFeatures`): evaluating both chunks in one task took 0.1–0.16 s on the dev machine.
 */
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';
import { nextTimerTask } from '../schedule.ts';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker: (workerId: string, label: string) => Worker };
  }
}

window.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

let features: Promise<unknown> | undefined;

/** The editor features (monaco-features.ts), evaluated in a task of their own; needed before an editor. */
export function loadMonacoFeatures(): Promise<unknown> {
  features ??= nextTimerTask().then(() => import('./monaco-features.ts'));
  return features;
}

export { monaco };
