import { paletteSnippet, type PaletteItem } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { endPaletteDrag, setPaletteDrag } from '../../ui/palette-drag.ts';

interface PaletteItemButtonProps {
  item: PaletteItem;
  onChoose: (item: PaletteItem) => void;
}

/** One palette entry: a button (click, Enter or Space inserts it) that can also be dragged onto the canvas or the XML. */
export function PaletteItemButton({ item, onChoose }: PaletteItemButtonProps) {
  const store = useStudioStore();
  const summaryId = `palette-${item.id.replace(/[^\w-]/g, '-')}-summary`;
  return (
    <li>
      <button
        type="button"
        className="palette-item"
        draggable
        aria-describedby={summaryId}
        onDragStart={(e) =>
          setPaletteDrag(
            e.dataTransfer,
            item.id,
            paletteSnippet(store.getState().lastGood, item.id),
          )
        }
        onDragEnd={endPaletteDrag}
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
