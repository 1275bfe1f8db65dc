import { describe, expect, it } from 'vitest';
import { pathsByFamily } from './minimap-paths.ts';

describe('minimap paths', () => {
  it('draws every card of a family in one path, one rectangle each', () => {
    const paths = pathsByFamily([
      { kind: 'play', x: 0, y: 0, width: 200, height: 80 },
      { kind: 'menu', x: 0, y: 120, width: 240, height: 160.04 },
      { kind: 'dtmf', x: 10.25, y: 300, width: 200, height: 80 },
    ]);
    expect([...paths.keys()].sort()).toEqual(['menu', 'prompt']);
    expect(paths.get('prompt')).toBe('M0 0h200v80h-200zM10.3 300h200v80h-200z');
    expect(paths.get('menu')).toBe('M0 120h240v160h-240z');
  });

  it('leaves out cards that have no size yet', () => {
    const paths = pathsByFamily([
      { kind: 'hangup', x: 0, y: 0, width: undefined, height: 40 },
      { kind: 'hangup', x: 0, y: 0, width: 0, height: 40 },
    ]);
    expect(paths.size).toBe(0);
  });

  it('draws a 1,000-card graph as a handful of elements', () => {
    const cards = Array.from({ length: 1000 }, (_, i) => ({
      kind: i % 2 ? ('menu' as const) : ('setvar' as const),
      x: 0,
      y: i * 100,
      width: 200,
      height: 80,
    }));
    const paths = pathsByFamily(cards);
    expect(paths.size).toBe(2);
    expect(paths.get('menu')!.match(/M/g)).toHaveLength(500);
  });
});
