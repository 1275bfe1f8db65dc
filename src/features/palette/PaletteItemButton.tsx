import type { PaletteItem } from '../../core/index.ts';
import { setPaletteDrag } from './palette-drag.ts';

interface PaletteItemButtonProps {
  item: PaletteItem;
  onChoose: (item: PaletteItem) => void;
}

/** One palette entry: a button (click or Enter inserts it) that can also be dragged onto the canvas. */
export function PaletteItemButton({ item, onChoose }: PaletteItemButtonProps) {
  const summaryId = `palette-${item.id.replace(/[^\w-]/g, '-')}-summary`;
  return (
    <li>
      <button
        type="button"
        className="palette-item"
        draggable
        aria-describedby={summaryId}
        onDragStart={(e) => setPaletteDrag(e.dataTransfer, item.id)}
        onClick={() => onChoose(item)}
      >
        <span className="palette-item-label">{item.label}</span>
        <span id={summaryId} className="palette-item-summary">
          {item.summary}
        </span>
      </button>
    </li>
  );
}
