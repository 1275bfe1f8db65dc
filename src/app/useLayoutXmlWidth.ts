import { useState } from 'react';
import { useStudio } from '../store/index.ts';
import { xmlWidthFor, type PaneWidths } from './pane-widths.ts';

/**
 * The XML pane's width: set by the layout switch (Design, Split, XML) and by its splitter in between.
 * Choosing another layout puts the width back to that layout's.
 */
export function useLayoutXmlWidth(initial: PaneWidths) {
  const layout = useStudio((s) => s.paneLayout);
  const [width, setWidth] = useState(() => ({
    layout,
    px: xmlWidthFor(layout, window.innerWidth, initial),
  }));
  // derived during render, not in an effect: the new width is drawn in the same frame as the switch
  if (width.layout !== layout)
    setWidth({ layout, px: xmlWidthFor(layout, window.innerWidth, initial) });
  const setPx = (px: number) => setWidth({ layout, px });
  return [width.px, setPx] as const;
}
