/** The drag-and-drop payload of a palette item, for the canvas to accept (phase 2). */
export const PALETTE_MIME = 'application/x-dialplan-block';

export function setPaletteDrag(dataTransfer: DataTransfer, itemId: string): void {
  dataTransfer.setData(PALETTE_MIME, itemId);
  dataTransfer.setData('text/plain', itemId);
  dataTransfer.effectAllowed = 'copy';
}

/** The palette item id carried by a drop, if it came from the palette. */
export function paletteItemOfDrop(dataTransfer: DataTransfer): string | undefined {
  return dataTransfer.types.includes(PALETTE_MIME) ? dataTransfer.getData(PALETTE_MIME) : undefined;
}
