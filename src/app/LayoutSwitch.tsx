import { PANE_LAYOUTS, useStudio } from '../store/index.ts';
import { Segmented } from '../ui/Segmented.tsx';
import './layout-switch.css';

const TITLES = {
  Design: 'Graph wide, XML narrow',
  Split: 'Graph and XML side by side',
  XML: 'XML wide, graph narrow',
} as const;

/** Header switch between Design (graph wide), Split and XML (text wide); remembered across reloads. */
export function LayoutSwitch() {
  return (
    <Segmented
      label="Layout"
      className="layout-switch"
      options={PANE_LAYOUTS}
      value={useStudio((s) => s.paneLayout)}
      onChange={useStudio((s) => s.setPaneLayout)}
      titles={TITLES}
    />
  );
}
