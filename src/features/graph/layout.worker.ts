/// <reference lib="webworker" />
// elkjs runs here, off the main thread: a 1,000-question poll takes about a second to lay out.
import { layoutWithElk } from '../../core/layout/elk-layout.ts';
import type { LayoutInput } from '../../core/index.ts';

// A listener, not `self.onmessage`: elkjs's bundled worker code claims `self.onmessage` for itself when
// the first layout creates it, which silently swallowed every later request (a second "Tidy" hung).
self.addEventListener('message', (event: MessageEvent<{ id?: number; input?: LayoutInput }>) => {
  const { id, input } = event.data;
  if (id === undefined || !input) return;
  // A layout that fails must still answer, or the canvas would stay busy (and Tidy disabled) for good.
  layoutWithElk(input).then(
    (positions) => self.postMessage({ id, positions }),
    (error: unknown) => self.postMessage({ id, error: String(error) }),
  );
});
