import { useState } from 'react';
import { Palette } from '../features/palette/Palette.tsx';

/** The palette as a collapsible strip at the left of the graph: drag items onto the canvas, or click. */
export function PaletteStrip({ initiallyOpen }: { initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div className={`palette-strip${open ? '' : ' palette-strip-closed'}`} data-f6-region="">
      <button
        type="button"
        className="palette-toggle"
        aria-expanded={open}
        title={open ? 'Fold the palette away' : 'Show the palette: drag elements onto the graph'}
        onClick={() => setOpen(!open)}
      >
        {open ? '« Palette' : '» Palette'}
      </button>
      {open && <Palette />}
    </div>
  );
}
