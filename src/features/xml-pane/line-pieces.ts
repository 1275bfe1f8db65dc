/** `text` cut at line ends into pieces of `lines` lines (the last one holds the rest). */
export function linePieces(text: string, lines: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = from;
    for (let n = 0; n < lines && to !== -1; n++) to = text.indexOf('\n', to) + 1 || -1;
    const end = to === -1 ? text.length : to;
    pieces.push(text.slice(from, end));
    from = end;
  }
  return pieces.length > 0 ? pieces : [''];
}
