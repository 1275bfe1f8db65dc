/**
 * The drag-and-drop payload of a palette item. Browsers hide a drag's data until the drop, so the item
 * being dragged is also kept here for the drop hints drawn while it moves. `text/plain` is the item's
 * XML (a drop on another text field gets well-formed XML, never the internal id).
 */
export const PALETTE_MIME = 'application/x-dialplan-block';

let dragged: string | undefined;

export function setPaletteDrag(dataTransfer: DataTransfer, itemId: string, xml: string): void {
  dataTransfer.setData(PALETTE_MIME, itemId);
  dataTransfer.setData('text/plain', xml);
  dataTransfer.effectAllowed = 'copy';
  dragged = itemId;
}

/** The drag ended (dropped or cancelled). */
export function endPaletteDrag(): void {
  dragged = undefined;
}

/** The palette item being dragged over this page, if any (readable during dragover, unlike the data). */
export function draggedPaletteItem(dataTransfer: DataTransfer): string | undefined {
  return dataTransfer.types.includes(PALETTE_MIME) ? dragged : undefined;
}

/** The palette item id carried by a drop, if it came from the palette. */
export function paletteItemOfDrop(dataTransfer: DataTransfer): string | undefined {
  return dataTransfer.types.includes(PALETTE_MIME) ? dataTransfer.getData(PALETTE_MIME) : undefined;
}
