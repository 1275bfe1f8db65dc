import { useId, type KeyboardEvent } from 'react';
import { ExportPanel } from '../features/export/ExportPanel.tsx';
import { InspectorPanel } from '../features/inspector/InspectorPanel.tsx';
import { SimulatorPanel } from '../features/simulator/SimulatorPanel.tsx';
import { SIDE_PANEL_TABS, useStudio, type SidePanelTab } from '../store/index.ts';

const PANELS: Record<SidePanelTab, () => React.JSX.Element> = {
  Inspector: InspectorPanel,
  Simulator: SimulatorPanel,
  Export: ExportPanel,
};

/**
 * The side panel: a tab list (Inspector, Simulator, Export). Every panel stays mounted while hidden, so
 * a running simulation or a half-filled form survives a tab switch.
 */
export function SidePanel() {
  const active = useStudio((s) => s.sidePanelTab);
  const setTab = useStudio((s) => s.setSidePanelTab);
  const baseId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const index = SIDE_PANEL_TABS.indexOf(active);
    const next = SIDE_PANEL_TABS[(index + step + SIDE_PANEL_TABS.length) % SIDE_PANEL_TABS.length];
    if (next) setTab(next);
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
            <Panel />
          </div>
        );
      })}
    </aside>
  );
}
