import { familyOf, type ElementKind, type NodeFamily } from '../../core/index.ts';

/** A card as the minimap sees it: where it is on the canvas and how big it was drawn. */
export type MinimapCardBox = {
  kind: ElementKind;
  x: number;
  y: number;
  width: number | undefined;
  height: number | undefined;
};

/** One SVG path per family: a closed rectangle per card (cards without a size yet are left out). */
export function pathsByFamily(cards: Iterable<MinimapCardBox>): Map<NodeFamily, string> {
  const parts = new Map<NodeFamily, string[]>();
  for (const { kind, x, y, width, height } of cards) {
    if (!width || !height) continue;
    const family = familyOf(kind);
    const list = parts.get(family) ?? [];
    list.push(`M${round(x)} ${round(y)}h${round(width)}v${round(height)}h${-round(width)}z`);
    parts.set(family, list);
  }
  return new Map([...parts].map(([family, list]) => [family, list.join('')]));
}

const round = (n: number) => Math.round(n * 10) / 10;
