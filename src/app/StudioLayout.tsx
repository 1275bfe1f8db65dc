import { lazy, Suspense, useId, useState, type CSSProperties, type ReactNode } from 'react';
import { CommandPaletteButton } from './actions/CommandPaletteButton.tsx';
import { KeyboardDispatcher } from './actions/KeyboardDispatcher.tsx';
import { StudioCommands } from '../features/commands/StudioCommands.tsx';
import { DocumentsMenu } from '../features/documents/DocumentsMenu.tsx';
import { FindButton } from '../features/find/FindButton.tsx';
import { HistoryControls } from '../features/history/HistoryControls.tsx';
import { useStudio } from '../store/index.ts';
import { Guide } from './Guide.tsx';
import { ModeSwitch } from './ModeSwitch.tsx';
import { SidePanel } from './SidePanel.tsx';
import { Splitter } from './Splitter.tsx';
import { ThemeToggle } from '../ui/ThemeToggle.tsx';
import { paletteInitiallyOpen } from './pane-widths.ts';
import { XmlToggle } from './XmlToggle.tsx';
import './workspace.css';

// The palette (and the edit operations it brings) is a lazy chunk: the graph paints first.
const PaletteStrip = lazy(() =>
  import('./PaletteStrip.tsx').then((m) => ({ default: m.PaletteStrip })),
);

interface StudioLayoutProps {
  graph: ReactNode;
  xml: ReactNode;
}

/**
 * The header (documents menu, mode switch, commands, the XML toggle), then the open mode's work area:
 * the palette (Design), the Graph, the XML when shown, and the mode's panel (Inspector, Simulator,
 * Export, Results, Versions) with splitters between them. Each mode keeps its own pane widths; on a
 * tablet the panel is a sheet under the graph, folded and unfolded by its bar (remembered per mode).
 */
export function StudioLayout({ graph, xml }: StudioLayoutProps) {
  const [paletteOpen] = useState(() => paletteInitiallyOpen(window.innerWidth));
  const mode = useStudio((s) => s.mode);
  const panes = useStudio((s) => s.modePanes[s.mode]);
  const setPanes = useStudio((s) => s.setModePanes);
  const maxPanel = Math.max(320, window.innerWidth - 240);
  // On a tablet the panel is a sheet under the graph that the person can fold away (per mode). Design
  // with nothing selected has nothing to show there yet: its sheet starts folded, with a hint instead.
  const nothingSelected = useStudio((s) => s.mode === 'Design' && s.selectedId === undefined);
  const sheetOpen = panes.sheet === undefined ? !nothingSelected : panes.sheet === 'open';
  const sheetId = useId();
  const widths = {
    '--xml-width': `${panes.xmlWidth}px`,
    '--panel-width': `${panes.panelWidth}px`,
  } as CSSProperties;
  return (
    <div
      className="studio"
      data-mode={mode}
      data-sheet={sheetOpen ? 'open' : 'closed'}
      style={widths}
    >
      <KeyboardDispatcher />
      <header className="studio-header" data-f6-region="">
        <h1>Dialplan Studio</h1>
        <DocumentsMenu />
        <ModeSwitch />
        <div className="studio-header-tools">
          <StudioCommands />
          <HistoryControls />
          <FindButton />
          <CommandPaletteButton />
          <XmlToggle />
          <ThemeToggle />
        </div>
      </header>
      <main className="studio-main">
        {mode === 'Design' && (
          <Suspense fallback={<div className="palette-strip" aria-busy="true" />}>
            <PaletteStrip initiallyOpen={paletteOpen} />
          </Suspense>
        )}
        <section aria-label="Graph" className="region graph-region" data-f6-region="">
          {graph}
        </section>
        {panes.xml && (
          <Splitter
            label="Resize XML"
            value={panes.xmlWidth}
            min={200}
            max={1400}
            direction={-1}
            onChange={(xmlWidth) => setPanes({ xmlWidth })}
          />
        )}
        {/* always mounted: the editor keeps its text, cursor and undo while hidden */}
        <section
          aria-label="XML"
          className="region xml-region"
          hidden={!panes.xml}
          data-f6-region=""
        >
          {xml}
        </section>
        <Splitter
          label="Resize side panel"
          value={panes.panelWidth}
          min={220}
          max={maxPanel}
          direction={-1}
          onChange={(panelWidth) => setPanes({ panelWidth })}
        />
        <div className="side-region">
          {/* shown on a tablet only (workspace.css) */}
          <div className="sheet-bar">
            <button
              type="button"
              className="btn-quiet"
              aria-expanded={sheetOpen}
              aria-controls={sheetId}
              onClick={() => setPanes({ sheet: sheetOpen ? 'closed' : 'open' })}
            >
              {sheetOpen ? 'Hide panel' : 'Show panel'}
            </button>
            {nothingSelected && (
              <p className="sheet-hint">Select a card to edit it, or add one from the palette.</p>
            )}
          </div>
          <div id={sheetId} className="sheet-body">
            <SidePanel />
          </div>
        </div>
      </main>
      <Guide />
    </div>
  );
}
