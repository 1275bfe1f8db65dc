import { describe, expect, it } from 'vitest';
import { packPositions, unpackPositions } from './packed-positions.ts';

const input = {
  nodes: [
    { id: '/dialplan/play', width: 260, height: 80 },
    { id: '/dialplan/menu', width: 260, height: 200 },
    { id: '/dialplan/hangup', width: 260, height: 60 },
  ],
  edges: [],
};

describe('packed positions', () => {
  it('come back by id as they were sent', () => {
    const positions = {
      '/dialplan/play': { x: 0, y: -12.5 },
      '/dialplan/menu': { x: 340, y: 0 },
      '/dialplan/hangup': { x: 680, y: 1e6 },
    };
    const packed = packPositions(input, positions);
    expect(packed).toHaveLength(6);
    expect(unpackPositions(input, packed)).toEqual(positions);
  });

  it('a node the layout did not place gets no position', () => {
    const packed = packPositions(input, { '/dialplan/menu': { x: 1, y: 2 } });
    expect(unpackPositions(input, packed)).toEqual({ '/dialplan/menu': { x: 1, y: 2 } });
  });
});
