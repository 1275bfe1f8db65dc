import { useId, useRef, useState, type KeyboardEvent } from 'react';
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
  // One Tab stop for all the items (roving tabindex): the arrow keys, Home and End move between them.
  const [active, setActive] = useState(PALETTE_ITEMS[0]?.id);
  const nav = useRef<HTMLElement>(null);
  const onItemKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const items = [...(nav.current?.querySelectorAll<HTMLButtonElement>('.palette-item') ?? [])];
    const at = items.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const to = rovingIndex(event.key, at, items.length);
    if (to === undefined) return;
    event.preventDefault();
    items[to]?.focus();
  };

  const choose = (item: PaletteItem) => {
    const result = insertPaletteItem(store.getState(), item, inside);
    setProblem(result.error);
    setAdded(result.added);
  };

  return (
    <nav aria-label="Palette" className="palette" ref={nav} onKeyDown={onItemKeyDown}>
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
              <PaletteItemButton
                key={item.id}
                item={item}
                onChoose={choose}
                tabStop={item.id === active}
                onFocus={() => setActive(item.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

/** Where an arrow key (or Home/End) moves in a list of `count`; undefined for other keys. */
export function rovingIndex(key: string, at: number, count: number): number | undefined {
  if (key === 'ArrowDown' || key === 'ArrowRight') return Math.min(at + 1, count - 1);
  if (key === 'ArrowUp' || key === 'ArrowLeft') return Math.max(at - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
