import { useId, useState } from 'react';
import { PALETTE_GROUPS, PALETTE_ITEMS, type PaletteItem } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { insertPaletteItem } from './insert-item.ts';
import { PaletteItemButton } from './PaletteItemButton.tsx';
import './palette.css';

/**
 * The palette: every tag of the reference by category, and the composite blocks. Choosing an item
 * (click or Enter) inserts it after the selected element (inside it when asked, or when only inside is
 * allowed), or at the end of the dialplan when nothing is selected; the new element is then selected,
 * so items chain. Items are draggable with an `application/x-dialplan-block` payload.
 */
export function Palette() {
  const store = useStudioStore();
  const insideId = useId();
  const [inside, setInside] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState('');

  const choose = (item: PaletteItem) => {
    const result = insertPaletteItem(store.getState(), item, inside);
    setProblem(result.error);
    setAdded(result.added);
  };

  return (
    <nav aria-label="Palette" className="palette">
      <label className="palette-inside" htmlFor={insideId}>
        <input
          id={insideId}
          type="checkbox"
          checked={inside}
          onChange={(e) => setInside(e.target.checked)}
        />
        Insert inside the selected element
      </label>
      <p className="palette-hint">
        Drag onto the graph (a hint says where it goes), onto a branch (1, 2, live…) or onto a line
        of the XML. Click, Enter or Space adds it after the selection.
      </p>
      <p role="status" className="palette-added">
        {added}
      </p>
      {problem && (
        <p role="alert" className="palette-error">
          {problem}
        </p>
      )}
      {PALETTE_GROUPS.map(({ group, label }) => (
        <section key={group} aria-label={label} className="palette-group">
          <h2>{label}</h2>
          <ul>
            {PALETTE_ITEMS.filter((i) => i.group === group).map((item) => (
              <PaletteItemButton key={item.id} item={item} onChoose={choose} />
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
