import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint, type ScheduleTask } from '../store/deferred-task.ts';

type GraphViewModule = typeof import('../features/graph/GraphView.tsx');

// The graph canvas (React Flow, d3 and the graph feature, ≈ 70 KB gzipped) is a chunk of its own, kept
// out of the start-up bundle (docs/decisions/performance.md, "Start-up bundle"). Its fetch starts here,
// when the entry module runs, not on first render, so it downloads while the store parses the document.
let loaded: GraphViewModule | undefined;
let failure: unknown;
const graphChunkSettled: Promise<void> = import('../features/graph/GraphView.tsx').then(
  (m) => void (loaded = m),
  (error: unknown) => void (failure = error ?? new Error('The graph failed to load')),
);

/**
 * Whether the graph chunk has settled (loaded or failed). The change is a transition: rendered in
 * slices, not in one task (0.12–0.28 s with the 1,000-question poll on the 2-core dev machine; issue
 * 11 item 6). The XML pane (Monaco) starts only after it, and the workers wait for the XML pane, so
 * nothing heavy is started meanwhile to stretch the graph's first view.
 */
export function useGraphChunkSettled(): boolean {
  const [settled, setSettled] = useState(() => loaded !== undefined || failure !== undefined);
  useEffect(() => {
    if (settled) return;
    let mounted = true;
    void graphChunkSettled.then(() => {
      if (mounted) startTransition(() => setSettled(true));
    });
    return () => {
      mounted = false;
    };
  }, [settled]);
  return settled;
}

/** While the graph chunk loads: a readable placeholder in the Graph region. */
export function GraphLoading() {
  return (
    <p className="graph-loading" aria-busy="true">
      Loading the graph…
    </p>
  );
}

/** The graph canvas once its chunk has settled; a failed load throws, for the view boundary to show. */
export function LoadedGraphView({ readOnly = false }: { readOnly?: boolean }) {
  if (!loaded) throw failure instanceof Error ? failure : new Error('The graph failed to load');
  return <loaded.GraphView readOnly={readOnly} />;
}

/**
 * The store's validation schedule: after the graph chunk has settled, then after the next paint as
 * usual. On a big document validation is a long task; run at the first paint (the placeholders), it
 * would delay the graph's first render.
 */
export const afterGraphChunkAndPaint: ScheduleTask = (run) => {
  let cancelled = false;
  let cancelScheduled = () => {};
  void graphChunkSettled.then(() => {
    if (!cancelled) cancelScheduled = afterNextPaint(run);
  });
  return () => {
    cancelled = true;
    cancelScheduled();
  };
};
