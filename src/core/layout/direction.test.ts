import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/derive.ts';
import { parseDialplan } from '../xml/parse.ts';
import { zoomToFit } from './direction.ts';
import { layoutToFit } from './elk-layout.ts';
import { layoutInputOf } from './layout-input.ts';
import { READABLE_ZOOM } from './viewport.ts';

const poll = layoutInputOf(
  deriveGraph(
    parseDialplan(
      readFileSync(new URL('../../../public/examples/political-poll.xml', import.meta.url), 'utf8'),
    ).document,
  ),
);

// The graph pane at the default pane widths (app/pane-widths.ts), measured in Chromium.
const LAPTOP = { width: 664, height: 735 };
const DESKTOP = { width: 947, height: 1047 };

describe('layoutToFit', () => {
  it.each([
    ['1366×768', LAPTOP],
    ['1920×1080', DESKTOP],
  ])('arranges the political poll to fit the %s graph pane readable', async (_, pane) => {
    const { positions } = await layoutToFit(poll, pane);
    expect(zoomToFit(poll, positions, pane)).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('lays a flow top to bottom when that fits', async () => {
    const { direction } = await layoutToFit(poll, { width: 2400, height: 2000 });
    expect(direction).toBe('DOWN');
  });

  it('keeps every card apart', async () => {
    const { positions } = await layoutToFit(poll, LAPTOP);
    const rects = poll.nodes.map((n) => ({ ...positions[n.id]!, ...n }));
    for (const a of rects)
      for (const b of rects)
        if (a !== b)
          expect(
            a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y,
          ).toBe(true);
  });
});
