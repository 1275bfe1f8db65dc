/**
 * Puts the camera where `core/layout/viewport.ts` says: the whole flow when it fits readable, else the
 * entry at readable zoom. Asked for on open, after a layout (automatic or Tidy), on a document switch
 * and by the Fit view button; applied once the nodes it concerns are in React Flow.
 */
import { useCallback, useEffect, useState } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { CARD, cardOf, readableViewport, type Rect } from '../../core/index.ts';
import type { DialplanFlowNode } from './DialplanNode.tsx';
import { MANY_NODES } from './big-graph.ts';

/** Where a card stands on the canvas (its drawn size once measured, else the size it is drawn at). */
function rectOf(node: DialplanFlowNode): Rect {
  return {
    ...node.position,
    width: node.measured?.width ?? CARD.width,
    height: node.measured?.height ?? cardOf(node.data.node, node.data).height,
  };
}

/**
 * @param waiting a document is opening and its nodes are not in yet: a view asked for meanwhile waits
 * for them (an empty graph would otherwise drop it).
 */
export function useReadableView(nodes: readonly DialplanFlowNode[], waiting = false) {
  const flow = useReactFlow<DialplanFlowNode>();
  const store = useStoreApi<DialplanFlowNode>();
  // Counts of views asked for and shown: while they differ, a view is on its way (the canvas is busy).
  const [view, setView] = useState({ requested: 0, applied: 0 });

  const show = useCallback(
    (shown: readonly DialplanFlowNode[]) => {
      const { width, height } = store.getState();
      if (shown.length === 0 || width === 0 || height === 0) return false;
      const entry = shown.find((n) => n.data.entry);
      const view = readableViewport(shown.map(rectOf), entry && rectOf(entry), { width, height });
      void flow.setViewport(view);
      // For `npm run bench:ui`: when a person first sees cards they can read.
      if (performance.getEntriesByName('graph:readable-view').length === 0)
        performance.mark('graph:readable-view');
      return true;
    },
    [flow, store],
  );

  useEffect(() => {
    if (view.applied === view.requested || waiting) return;
    const apply = () => {
      // An empty document has nothing to show: its first node comes from a palette drop and must stay
      // where it was dropped, so the request is dropped rather than kept for it.
      if (nodes.length > 0 && !show(nodes)) return;
      setView((v) => ({ ...v, applied: view.requested }));
    };
    if (nodes.length <= MANY_NODES) return apply();
    // A big graph: moving the camera draws other cards; that is a task of its own after the nodes'.
    const timer = setTimeout(apply, 0);
    return () => clearTimeout(timer);
  }, [view, nodes, show, waiting]);

  /** Ask for the readable view once the nodes now being drawn are in. */
  const requestView = useCallback(() => setView((v) => ({ ...v, requested: v.requested + 1 })), []);
  /** The readable view of what is drawn now (the Fit view button). */
  const showNow = useCallback(() => void show(nodes), [nodes, show]);
  return { requestView, showNow, pending: view.applied !== view.requested };
}
