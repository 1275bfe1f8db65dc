import { PANE_LAYOUTS, useStudio } from '../store/index.ts';
import './layout-switch.css';

const TITLES = {
  Design: 'Graph wide, XML narrow',
  Split: 'Graph and XML side by side',
  XML: 'XML wide, graph narrow',
} as const;

/** Header switch between Design (graph wide), Split and XML (text wide); remembered across reloads. */
export function LayoutSwitch() {
  const layout = useStudio((s) => s.paneLayout);
  const setLayout = useStudio((s) => s.setPaneLayout);
  return (
    <div role="group" aria-label="Layout" className="layout-switch">
      {PANE_LAYOUTS.map((l) => (
        <button
          key={l}
          type="button"
          aria-pressed={layout === l}
          title={TITLES[l]}
          onClick={() => setLayout(l)}
        >
          {l}
        </button>
      ))}
    </div>
  );
}
