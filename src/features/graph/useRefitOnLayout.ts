import { useEffect, useRef } from 'react';
import { useStudio } from '../../store/index.ts';

/**
 * After the layout switch (Design, Split, XML) changes the graph pane's width, asks for the graph's
 * readable view again (`requestView` of useReadableView). Not on open (the graph asks for its own) and
 * not on splitter drags (the user is choosing the width by hand).
 */
export function useRefitOnLayout(requestView: () => void) {
  // the mode and the XML shown or hidden change the graph pane's width too
  const layout = useStudio((s) => `${s.mode} ${s.modePanes[s.mode].xml}`);
  const shown = useRef(layout);
  useEffect(() => {
    if (layout === shown.current) return;
    shown.current = layout;
    // the pane takes its new width in this frame and React Flow measures it in the next
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(requestView);
    });
    return () => cancelAnimationFrame(frame);
  }, [layout, requestView]);
}
