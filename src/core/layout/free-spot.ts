/**
 * Where a new card goes without covering another (issue 24 item 4): the wanted place when it is free,
 * else the nearer of the first free places straight below it and straight right of it. Cards already
 * placed never move: only the new one is shifted.
 */
import type { XY } from './types.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept between two cards. */
export const CARD_GAP = 24;

/** Whether two boxes come closer than `gap` (touching edges count as apart at gap 0). */
export function boxesMeet(a: Box, b: Box, gap = CARD_GAP): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** The first place from `want` along one axis where a box of `size` meets none of `taken`. */
function slide(
  want: XY,
  size: { width: number; height: number },
  taken: readonly Box[],
  axis: 'x' | 'y',
): XY {
  const at = { ...want };
  for (let guard = 0; guard <= taken.length; guard++) {
    // Only the size's width and height: a caller may pass a whole box (with its own x and y) as the size.
    const box = { x: at.x, y: at.y, width: size.width, height: size.height };
    let blocker: Box | undefined;
    for (const other of taken) if (boxesMeet(box, other)) blocker = pick(blocker, other, axis);
    if (!blocker) return at;
    if (axis === 'y') at.y = blocker.y + blocker.height + CARD_GAP;
    else at.x = blocker.x + blocker.width + CARD_GAP;
  }
  return at;
}

/** Of two blockers, the one reaching further along the axis (one jump clears both). */
function pick(a: Box | undefined, b: Box, axis: 'x' | 'y'): Box {
  if (!a) return b;
  const end = (box: Box) => (axis === 'y' ? box.y + box.height : box.x + box.width);
  return end(b) > end(a) ? b : a;
}

/** A place for a box of `size` near `want` that meets none of `taken`. */
export function freeSpot(
  want: XY,
  size: { width: number; height: number },
  taken: readonly Box[],
): XY {
  const down = slide(want, size, taken, 'y');
  if (down.y === want.y) return down;
  const right = slide(want, size, taken, 'x');
  return right.x - want.x < down.y - want.y ? right : down;
}
