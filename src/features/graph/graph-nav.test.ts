import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextCard, type NavEdge, type NavNode } from './graph-nav.ts';

// start → vote; vote's branches 1 → cand, 2 → bye; cand → bye
const nodes: NavNode[] = [
  { id: 'start', x: 0, entry: true },
  { id: 'vote', x: 0 },
  { id: 'cand', x: -100 },
  { id: 'bye', x: 100 },
];
const edges: NavEdge[] = [
  { source: 'start', target: 'vote' },
  { source: 'vote', target: 'cand' },
  { source: 'vote', target: 'bye' },
  { source: 'cand', target: 'bye' },
];

describe('nextCard', () => {
  it('→ follows the call to its first next card, ← comes back', () => {
    expect(nextCard(nodes, edges, 'start', 'ArrowRight')).toBe('vote');
    expect(nextCard(nodes, edges, 'vote', 'ArrowRight')).toBe('cand');
    expect(nextCard(nodes, edges, 'vote', 'ArrowLeft')).toBe('start');
    expect(nextCard(nodes, edges, 'start', 'ArrowLeft')).toBeUndefined();
    expect(nextCard(nodes, edges, 'bye', 'ArrowRight')).toBeUndefined();
  });

  it('← walks back the way focus came', () => {
    expect(nextCard(nodes, edges, 'bye', 'ArrowLeft', 'cand')).toBe('cand');
    expect(nextCard(nodes, edges, 'bye', 'ArrowLeft', 'vote')).toBe('vote');
  });

  it('↑/↓ move between the branches of the same parent', () => {
    expect(nextCard(nodes, edges, 'cand', 'ArrowDown', 'vote')).toBe('bye');
    expect(nextCard(nodes, edges, 'bye', 'ArrowUp', 'vote')).toBe('cand');
    expect(nextCard(nodes, edges, 'cand', 'ArrowUp', 'vote')).toBeUndefined();
  });

  it('without other branches, ↑/↓ go to the cards at the same depth', () => {
    // a's branches p and q each go on to one card: b and c are at the same depth
    const row: NavNode[] = [
      { id: 'a', x: 0, entry: true },
      { id: 'p', x: 0 },
      { id: 'q', x: 50 },
      { id: 'b', x: 0 },
      { id: 'c', x: 50 },
    ];
    const flow: NavEdge[] = [
      { source: 'a', target: 'p' },
      { source: 'a', target: 'q' },
      { source: 'p', target: 'b' },
      { source: 'q', target: 'c' },
    ];
    expect(nextCard(row, flow, 'b', 'ArrowDown')).toBe('c');
    expect(nextCard(row, flow, 'c', 'ArrowUp')).toBe('b');
    expect(nextCard(row, flow, 'c', 'ArrowDown')).toBeUndefined();
  });

  it('for every graph, a move lands on a card of the graph or nowhere, and →/← are inverse', () => {
    const graph = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.record({ source: fc.nat(n - 1), target: fc.nat(n - 1) }), {
          maxLength: 16,
        }),
        from: fc.nat(n - 1),
        key: fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown' as const),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, edges: raw, from, key }) => {
        const ns = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x: i, entry: i === 0 }));
        const es = raw.map((e) => ({ source: `n${e.source}`, target: `n${e.target}` }));
        const to = nextCard(ns, es, `n${from}`, key);
        if (to !== undefined) expect(ns.map((x) => x.id)).toContain(to);
        expect(to).not.toBe(`n${from}`);
        const right = nextCard(ns, es, `n${from}`, 'ArrowRight');
        if (right !== undefined) {
          expect(nextCard(ns, es, right, 'ArrowLeft', `n${from}`)).toBe(`n${from}`);
        }
      }),
    );
  });
});
