import { lazy, Suspense, useState } from 'react';
import { useStudio, type SidePanelTab } from '../store/index.ts';
import { ViewBoundary } from './ViewBoundary.tsx';

// Each panel is its own chunk, loaded when its mode is first opened: the start-up bundle stays small.
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
 * The open mode's panel (Inspector, Simulator, Export, Results or Versions), chosen by the header's mode
 * switch. A panel mounts when its mode is first opened and then stays mounted while hidden, so a running
 * simulation or a half-filled form survives a switch.
 */
export function SidePanel() {
  const active = useStudio((s) => s.sidePanelTab);
  const [opened, setOpened] = useState<ReadonlySet<SidePanelTab>>(() => new Set([active]));
  if (!opened.has(active)) setOpened(new Set([...opened, active]));
  return (
    <aside aria-label="Side panel" className="region side-panel" data-f6-region="">
      {[...opened].map((tab) => {
        const Panel = PANELS[tab];
        return (
          <div key={tab} data-panel={tab} hidden={tab !== active} className="tab-panel">
            <ViewBoundary name={tab} offerDelete={tab === 'Export'}>
              <Suspense fallback={<p>Loading…</p>}>
                <Panel />
              </Suspense>
            </ViewBoundary>
          </div>
        );
      })}
    </aside>
  );
}
