import { useId, useState } from 'react';
import {
  insertSnippet,
  PALETTE_GROUPS,
  PALETTE_ITEMS,
  paletteSnippet,
  placementFor,
  type PaletteItem,
} from '../../core/index.ts';
import { runEdit, useStudioStore } from '../../store/index.ts';
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

  const choose = (item: PaletteItem) => {
    const state = store.getState();
    const error = runEdit(
      state,
      `Insert ${item.label}`,
      (doc) =>
        insertSnippet(
          doc,
          paletteSnippet(doc, item.id),
          placementFor(doc, state.selectedId, item.kind, inside),
        ),
      'palette',
    );
    setProblem(error);
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
        Drag onto the graph, or onto a branch (1, 2, live…) to put it in that branch. Click to add
        after the selection.
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
