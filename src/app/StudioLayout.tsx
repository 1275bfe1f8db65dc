import { lazy, Suspense, useState, type ReactNode } from 'react';
import { CommandPaletteButton } from './actions/CommandPaletteButton.tsx';
import { KeyboardDispatcher } from './actions/KeyboardDispatcher.tsx';
import { StudioCommands } from '../features/commands/StudioCommands.tsx';
import { FindButton } from '../features/find/FindButton.tsx';
import { HistoryControls } from '../features/history/HistoryControls.tsx';
import { LayoutSwitch } from './LayoutSwitch.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Splitter } from './Splitter.tsx';
import { ThemeToggle } from '../ui/ThemeToggle.tsx';
import { initialPaneWidths } from './pane-widths.ts';
import { useLayoutXmlWidth } from './useLayoutXmlWidth.ts';

// The palette (and the edit operations it brings) is a lazy chunk: the graph paints first.
const PaletteStrip = lazy(() =>
  import('./PaletteStrip.tsx').then((m) => ({ default: m.PaletteStrip })),
);

interface StudioLayoutProps {
  graph: ReactNode;
  xml: ReactNode;
}

/**
 * The palette strip, then three labelled regions: Graph (takes the rest), XML and the side panel
 * (Inspector, Simulator, Export), with splitters between them. Undo/Redo sit in the header.
 */
export function StudioLayout({ graph, xml }: StudioLayoutProps) {
  const [initial] = useState(() => initialPaneWidths(window.innerWidth));
  const [xmlWidth, setXmlWidth] = useLayoutXmlWidth(initial);
  const [sideWidth, setSideWidth] = useState(initial.side);
  return (
    <div className="studio">
      <KeyboardDispatcher />
      <header className="studio-header" data-f6-region>
        <h1>Dialplan Studio</h1>
        <StudioCommands />
        <HistoryControls />
        <FindButton />
        <CommandPaletteButton />
        <LayoutSwitch />
        <ThemeToggle />
      </header>
      <main className="studio-main">
        <Suspense fallback={<div className="palette-strip" aria-busy="true" />}>
          <PaletteStrip initiallyOpen={initial.paletteOpen} />
        </Suspense>
        <section aria-label="Graph" className="region graph-region" data-f6-region>
          {graph}
        </section>
        <Splitter
          label="Resize XML"
          value={xmlWidth}
          min={200}
          max={1400}
          direction={-1}
          onChange={setXmlWidth}
        />
        <section
          aria-label="XML"
          className="region xml-region"
          style={{ width: xmlWidth }}
          data-f6-region
        >
          {xml}
        </section>
        <Splitter
          label="Resize side panel"
          value={sideWidth}
          min={220}
          max={900}
          direction={-1}
          onChange={setSideWidth}
        />
        <div className="side-region" style={{ width: sideWidth }} data-f6-region>
          <SidePanel />
        </div>
      </main>
    </div>
  );
}
