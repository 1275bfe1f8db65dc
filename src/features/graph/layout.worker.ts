/// <reference lib="webworker" />
// elkjs runs here, off the main thread: a 1,000-question poll takes about a second to lay out.
import { layoutWithElk } from '../../core/layout/elk-layout.ts';
import type { LayoutInput } from '../../core/index.ts';

self.onmessage = async (event: MessageEvent<{ id: number; input: LayoutInput }>) => {
  const positions = await layoutWithElk(event.data.input);
  self.postMessage({ id: event.data.id, positions });
};
