import { useState } from 'react';
import { Palette } from '../features/palette/Palette.tsx';

/** The palette as a collapsible strip at the left of the graph: drag items onto the canvas, or click. */
export function PaletteStrip() {
  const [open, setOpen] = useState(true);
  return (
    <div className={`palette-strip${open ? '' : ' palette-strip-closed'}`}>
      <button
        type="button"
        className="palette-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? '« Palette' : '»'}
      </button>
      {open && <Palette />}
    </div>
  );
}
