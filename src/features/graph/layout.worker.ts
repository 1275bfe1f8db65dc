/// <reference lib="webworker" />
// elkjs runs here, off the main thread: a 1,000-question poll takes about a second to lay out.
import { layoutToFit } from '../../core/layout/elk-layout.ts';
import { packPositions } from '../../core/layout/packed-positions.ts';
import type { LayoutInput } from '../../core/index.ts';
import type { Size } from '../../core/layout/viewport.ts';

interface LayoutRequest {
  id?: number;
  input?: LayoutInput;
  pane?: Size;
}

// A listener, not `self.onmessage`: elkjs's bundled worker code claims `self.onmessage` for itself when
// the first layout creates it, which silently swallowed every later request (a second "Tidy" hung).
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { id, input, pane } = event.data;
  if (id === undefined || !input) return;
  // A layout that fails must still answer, or the canvas would stay busy (and Tidy disabled) for good.
  layoutToFit(input, pane).then(
    ({ positions, direction }) => {
      const packed = packPositions(input, positions);
      self.postMessage({ id, packed, direction }, [packed.buffer]);
    },
    (error: unknown) => self.postMessage({ id, error: String(error) }),
  );
});
