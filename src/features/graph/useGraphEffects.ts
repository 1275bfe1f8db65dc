/** Side effects of the graph view: sync timing marks and keeping the selected/active node in view. */
import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useStudio } from '../../store/index.ts';
import { prefersReducedMotion } from '../../ui/theme.ts';

/**
 * Ends the `sync:text-to-graph` measure (started by `setText`) once the new nodes have been drawn, and
 * marks `graph:first-render` when the first nodes appear.
 */
export function useSyncMeasure(nodes: readonly unknown[]) {
  const firstDone = useRef(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!firstDone.current && nodes.length > 0) {
        firstDone.current = true;
        performance.mark('graph:first-render');
      }
      if (performance.getEntriesByName('sync:text-to-graph:start', 'mark').length === 0) return;
      performance.measure('sync:text-to-graph', 'sync:text-to-graph:start');
      performance.clearMarks('sync:text-to-graph:start');
    });
    return () => cancelAnimationFrame(frame);
  }, [nodes]);
}

/** Centres the selected node when the selection came from elsewhere, and the node a call is at. */
export function useFollowNode(
  selectedNodeId: string | undefined,
  activeNodeId: string | undefined,
) {
  const flow = useReactFlow();
  const source = useStudio((s) => s.selectionSource);
  const selectedId = useStudio((s) => s.selectedId);
  useEffect(() => {
    if (source !== 'graph' && selectedNodeId) centre(flow, selectedNodeId);
    // selectedId: follow each new selection, even inside the same node
  }, [flow, selectedNodeId, selectedId, source]);
  useEffect(() => {
    if (activeNodeId) centre(flow, activeNodeId);
  }, [flow, activeNodeId]);
}

export function centre(flow: ReturnType<typeof useReactFlow>, id: string) {
  const node = flow.getInternalNode(id);
  if (!node) return;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? 260;
  const height = node.measured.height ?? 100;
  void flow.setCenter(x + width / 2, y + Math.min(height / 2, 200), {
    zoom: flow.getZoom(),
    duration: prefersReducedMotion() ? 0 : 200,
  });
}
