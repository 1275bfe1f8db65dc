import { paletteSnippet, type PaletteItem } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { endPaletteDrag, setPaletteDrag } from '../../ui/palette-drag.ts';

interface PaletteItemButtonProps {
  item: PaletteItem;
  onChoose: (item: PaletteItem) => void;
  /** The palette's one Tab stop (roving tabindex): the others are reached with the arrow keys. */
  tabStop: boolean;
  onFocus: () => void;
}

/** One palette entry: a button (click, Enter or Space inserts it) that can also be dragged onto the canvas or the XML. */
export function PaletteItemButton({ item, onChoose, tabStop, onFocus }: PaletteItemButtonProps) {
  const store = useStudioStore();
  const summaryId = `palette-${item.id.replace(/[^\w-]/g, '-')}-summary`;
  return (
    <li>
      <button
        type="button"
        className="palette-item"
        tabIndex={tabStop ? 0 : -1}
        onFocus={onFocus}
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
