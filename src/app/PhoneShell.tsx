/**
 * The studio on a phone (viewport ≤ 480 px wide, see App.tsx): a compact header, one full-screen view
 * at a time, a bottom tab bar with the five modes. Test shows the phone itself, for walking a poll with
 * thumbs (a share link opens there); the graph is read-only here (pan and pinch-zoom), with a tap
 * opening the element's Inspector in a sheet. Editing the graph is for a larger screen
 * (docs/decisions/phone-layout.md).
 */
import { lazy, Suspense, useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { STUDIO_MODES, useStudio, useStudioStore, type StudioMode } from '../store/index.ts';
import { GraphLoading, LoadedGraphView } from './GraphChunk.tsx';
import { phoneStartMode } from './phone/phone-start.ts';
import { ViewBoundary } from './ViewBoundary.tsx';
import './phone.css';

const PhoneCall = lazy(() =>
  import('../features/simulator/PhoneCall.tsx').then((m) => ({ default: m.PhoneCall })),
);
const InspectorPanel = lazy(() =>
  import('../features/inspector/InspectorPanel.tsx').then((m) => ({ default: m.InspectorPanel })),
);
const Documents = lazy(() =>
  import('../features/documents/Documents.tsx').then((m) => ({ default: m.Documents })),
);
const PANELS = {
  Send: lazy(() =>
    import('../features/export/ExportPanel.tsx').then((m) => ({ default: m.ExportPanel })),
  ),
  Results: lazy(() =>
    import('../features/results/ResultsPanel.tsx').then((m) => ({ default: m.ResultsPanel })),
  ),
  Versions: lazy(() =>
    import('../features/versions/VersionsPanel.tsx').then((m) => ({ default: m.VersionsPanel })),
  ),
};

/** The tab bar's pictures (decorative: each button is named by its word). */
const MODE_ICONS: Readonly<Record<StudioMode, string>> = {
  Design: '◇',
  Test: '☎',
  Send: '➤',
  Results: '▥',
  Versions: '⟲',
};

export function PhoneShell({ graphReady }: { graphReady: boolean }) {
  const store = useStudioStore();
  const mode = useStudio((s) => s.mode);
  const setMode = useStudio((s) => s.setMode);
  const name = useStudio((s) => s.documents.find((d) => d.id === s.activeId)?.name);
  // Read while rendering: the workspace effects clear the share fragment once they have read it.
  const [startMode] = useState(() => phoneStartMode(window.location.hash));
  useEffect(() => {
    if (startMode) store.getState().setMode(startMode);
  }, [store, startMode]);
  // A view mounts when first shown and then stays (hidden): a running call or a form survives a switch.
  const [opened, setOpened] = useState<ReadonlySet<StudioMode>>(() => new Set([mode]));
  if (!opened.has(mode)) setOpened(new Set([...opened, mode]));
  const [graphOpen, setGraphOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const graph = graphReady ? <LoadedGraphView readOnly /> : <GraphLoading />;

  return (
    <div className="phone-shell">
      <header className="phone-header">
        <h1 className="phone-title">{name ?? 'Dialplan Studio'}</h1>
        <button
          type="button"
          className="phone-icon-button btn-quiet"
          aria-label="Menu"
          title="Menu"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span aria-hidden="true">☰</span>
        </button>
      </header>
      <main className="phone-main">
        {opened.has('Design') && (
          <PhoneView active={mode === 'Design'}>
            <DesignView graph={mode === 'Design' && !graphOpen ? graph : null} />
          </PhoneView>
        )}
        {opened.has('Test') && (
          <PhoneView active={mode === 'Test'}>
            <PhoneCall onShowGraph={() => setGraphOpen(true)} />
          </PhoneView>
        )}
        {(['Send', 'Results', 'Versions'] as const).map((panel) => {
          const Panel = PANELS[panel];
          return (
            opened.has(panel) && (
              <PhoneView key={panel} active={mode === panel} name={panel}>
                <Panel />
              </PhoneView>
            )
          );
        })}
      </main>
      <nav className="phone-tabs" aria-label="Modes">
        {STUDIO_MODES.map((m) => (
          <button
            key={m}
            type="button"
            className="phone-tab"
            aria-current={m === mode ? 'page' : undefined}
            onClick={() => setMode(m)}
          >
            <span className="phone-tab-icon" aria-hidden="true">
              {MODE_ICONS[m]}
            </span>
            <span className="phone-tab-label">{m}</span>
          </button>
        ))}
      </nav>
      {graphOpen && (
        <div
          className="phone-overlay"
          role="dialog"
          aria-modal="true"
          aria-label="Graph (read-only)"
        >
          <div className="phone-overlay-bar">
            <h2>Graph</h2>
            <span className="phone-overlay-hint">Drag to pan, pinch to zoom</span>
            <button type="button" className="btn-primary" onClick={() => setGraphOpen(false)}>
              Close
            </button>
          </div>
          <section aria-label="Graph" className="phone-graph">
            <ViewBoundary name="Graph">{graph}</ViewBoundary>
          </section>
        </div>
      )}
      {menuOpen && (
        <div className="phone-overlay" role="dialog" aria-modal="true" aria-label="Documents">
          <div className="phone-overlay-bar">
            <h2>Documents</h2>
            <button type="button" className="btn-primary" onClick={() => setMenuOpen(false)}>
              Close
            </button>
          </div>
          <div className="phone-overlay-body">
            <Suspense fallback={<p>Loading…</p>}>
              <Documents />
            </Suspense>
          </div>
        </div>
      )}
    </div>
  );
}

/** One mode's full-screen view; hidden (kept mounted) while another mode is shown. */
function PhoneView({
  active,
  name,
  children,
}: {
  active: boolean;
  name?: string;
  children: ReactNode;
}) {
  return (
    <div className="phone-view" hidden={!active}>
      <ViewBoundary name={name ?? 'View'}>
        <Suspense fallback={<p className="phone-loading">Loading…</p>}>{children}</Suspense>
      </ViewBoundary>
    </div>
  );
}

/** Design on a phone: the graph to look at; a tap on an element opens its Inspector in a sheet. */
function DesignView({ graph }: { graph: ReactNode }) {
  const [inspecting, setInspecting] = useState(false);
  const selected = useStudio((s) => s.selectedId);
  // React Flow selects the tapped element first (GraphView's node click); the sheet then opens on it.
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('.react-flow__node')) setInspecting(true);
  };
  return (
    <div className="phone-design">
      <p className="phone-notice">
        Tap an element to inspect it. Editing the graph needs a larger screen; Test and Send work
        here.
      </p>
      <section aria-label="Graph" className="phone-graph" onClick={onClick}>
        {graph}
      </section>
      {inspecting && selected !== undefined && (
        <div className="phone-sheet" role="dialog" aria-label="Inspector">
          <div className="phone-overlay-bar">
            <h2>Inspector</h2>
            <button type="button" className="btn-primary" onClick={() => setInspecting(false)}>
              Close
            </button>
          </div>
          <div className="phone-overlay-body">
            <Suspense fallback={<p>Loading…</p>}>
              <InspectorPanel />
            </Suspense>
          </div>
        </div>
      )}
    </div>
  );
}
