import { lazy, Suspense, useId, useState, type KeyboardEvent } from 'react';
import { SIDE_PANEL_TABS, useStudio, type SidePanelTab } from '../store/index.ts';
import { ViewBoundary } from './ViewBoundary.tsx';

// Each panel is its own chunk, loaded when its tab is first opened: the start-up bundle stays small.
const PANELS = {
  Inspector: lazy(() =>
    import('../features/inspector/InspectorPanel.tsx').then((m) => ({ default: m.InspectorPanel })),
  ),
  Simulator: lazy(() =>
    import('../features/simulator/SimulatorPanel.tsx').then((m) => ({ default: m.SimulatorPanel })),
  ),
  Export: lazy(() =>
    import('../features/export/ExportPanel.tsx').then((m) => ({ default: m.ExportPanel })),
  ),
  Results: lazy(() =>
    import('../features/results/ResultsPanel.tsx').then((m) => ({ default: m.ResultsPanel })),
  ),
  Versions: lazy(() =>
    import('../features/versions/VersionsPanel.tsx').then((m) => ({ default: m.VersionsPanel })),
  ),
} satisfies Record<SidePanelTab, unknown>;

/**
 * The side panel: a tab list (Inspector, Simulator, Export, Results, Versions). A panel mounts when its tab is first opened
 * and then stays mounted while hidden, so a running simulation or a half-filled form survives a switch.
 */
export function SidePanel() {
  const active = useStudio((s) => s.sidePanelTab);
  const [opened, setOpened] = useState<ReadonlySet<SidePanelTab>>(() => new Set([active]));
  if (!opened.has(active)) setOpened(new Set([...opened, active]));
  const setTab = useStudio((s) => s.setSidePanelTab);
  const baseId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const index = SIDE_PANEL_TABS.indexOf(active);
    const next = SIDE_PANEL_TABS[(index + step + SIDE_PANEL_TABS.length) % SIDE_PANEL_TABS.length];
    if (!next) return;
    setTab(next);
    // Roving focus: the focus moves with the selection (WAI-ARIA tabs pattern).
    document.getElementById(`${baseId}-${next}-tab`)?.focus();
  };
  return (
    <aside aria-label="Side panel" className="region side-panel">
      <div role="tablist" aria-label="Side panel tabs" className="tabs" onKeyDown={onKeyDown}>
        {SIDE_PANEL_TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${baseId}-${tab}-tab`}
            aria-controls={`${baseId}-${tab}-panel`}
            aria-selected={tab === active}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => setTab(tab)}
          >
            {tab}
          </button>
        ))}
      </div>
      {SIDE_PANEL_TABS.map((tab) => {
        const Panel = PANELS[tab];
        return (
          <div
            key={tab}
            role="tabpanel"
            id={`${baseId}-${tab}-panel`}
            aria-labelledby={`${baseId}-${tab}-tab`}
            hidden={tab !== active}
            className="tab-panel"
          >
            {opened.has(tab) && (
              <ViewBoundary name={tab} offerDelete={tab === 'Export'}>
                <Suspense fallback={<p>Loading…</p>}>
                  <Panel />
                </Suspense>
              </ViewBoundary>
            )}
          </div>
        );
      })}
    </aside>
  );
}
