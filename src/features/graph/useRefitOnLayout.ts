import { useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useStudio } from '../../store/index.ts';
import { readableViewport } from './readable-fit.ts';

/**
 * After the layout switch (Design, Split, XML) changes the graph pane's width, shows the start of the
 * call again at a readable size. Not on open (the open fit is the graph's own) and not on splitter drags.
 */
export function useRefitOnLayout(firstNodes: readonly { id: string }[]) {
  const flow = useReactFlow();
  const rf = useStoreApi();
  const layout = useStudio((s) => s.paneLayout);
  const shown = useRef(layout);
  const nodes = useRef(firstNodes);
  nodes.current = firstNodes;
  useEffect(() => {
    if (layout === shown.current) return;
    shown.current = layout;
    // the pane takes its new width in this frame and React Flow measures it in the next
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const ids = nodes.current.map((n) => n.id);
        const [entry] = ids;
        if (entry === undefined) return;
        const { width, height } = rf.getState();
        const view = readableViewport(flow.getNodesBounds(ids), flow.getNodesBounds([entry]), {
          width,
          height,
        });
        void flow.setViewport(view, { duration: 200 });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, layout, rf]);
}
