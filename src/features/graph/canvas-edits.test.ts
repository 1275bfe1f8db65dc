import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyPatches,
  connectToElement,
  deriveGraph,
  parseDialplan,
  type DialplanDocument,
} from '../../core/index.ts';
import { boxesMeet } from '../../core/index.ts';
import { connectionSourceOf, dropPositions, DROP_STACK_GAP, edgeRemoval } from './canvas-edits.ts';

const POLL = readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8');
const parse = (text: string): DialplanDocument => parseDialplan(text).document;

describe('a connection dragged from a handle', () => {
  const doc = parse(POLL);
  const graph = deriveGraph(doc);

  it('from a keypress branch writes that branch’s goto', () => {
    const source = connectionSourceOf(graph, '/dialplan/menu[1]', '/dialplan/menu[1]/keypress[2]');
    const made = connectToElement(doc, source.sourceId, '/dialplan/play[2]', source.port);
    const text = applyPatches(doc.source, made.patches);
    // the branch's goto now names the Machine prompt; everything else is byte-identical
    expect(text).toBe(
      POLL.replace(
        'Goodbye.</play>\n            <goto>Hangup</goto>',
        'Goodbye.</play>\n            <goto>Machine</goto>',
      ),
    );
    expect(text).not.toBe(POLL);
  });

  it('from a plain node’s output adds a goto after it; from a goto node changes its target', () => {
    expect(connectionSourceOf(graph, '/dialplan/play[2]', 'out')).toEqual({
      sourceId: '/dialplan/play[2]',
      port: 'next',
    });
    expect(connectionSourceOf(graph, '/dialplan/goto', 'out')).toEqual({
      sourceId: '/dialplan/goto',
      port: 'branch',
    });
  });

  it('from the watched part of a catch is refused with a reason', () => {
    const g = deriveGraph(parse('<dialplan><catch goto="A"><play>x</play></catch></dialplan>'));
    expect(() => connectionSourceOf(g, '/dialplan/catch', 'watch')).toThrow(/watched/);
  });
});

describe('deleting an edge', () => {
  const doc = parse(POLL);
  const graph = deriveGraph(doc);
  const remove = (source: string, handle: string) => {
    const edge = graph.edges.find((e) => e.source === source && e.sourceHandle === handle);
    return applyPatches(doc.source, edgeRemoval(doc, graph, edge!));
  };

  it('removes the goto of a branch and nothing else', () => {
    const text = remove('/dialplan/amd', '/dialplan/amd/live');
    expect(text).not.toContain('goto_Live');
    expect(text).toContain('<goto name="goto_Machine">Machine</goto>');
    expect(text.length).toBeLessThan(POLL.length);
  });

  it('removes a top-level goto node', () => {
    expect(remove('/dialplan/goto', 'out')).not.toContain('Goodbye_Hangup');
  });

  it('refuses a fall-through arrow (it has no goto)', () => {
    const edge = graph.edges.find((e) => e.kind === 'next')!;
    expect(() => edgeRemoval(doc, graph, edge)).toThrow(/no goto/);
  });

  it('removes a catch’s goto attribute', () => {
    const d = parse(
      '<dialplan><catch goto="A"><play>x</play></catch><play name="A">a</play></dialplan>',
    );
    const g = deriveGraph(d);
    const edge = g.edges.find((e) => e.kind === 'catch')!;
    expect(applyPatches(d.source, edgeRemoval(d, g, edge))).toBe(
      '<dialplan><catch><play>x</play></catch><play name="A">a</play></dialplan>',
    );
  });
});

describe('where the dropped nodes stand', () => {
  it('the first at the drop point, the others of the block stacked below it', () => {
    const before = '<dialplan name="Root"><amd/></dialplan>';
    const block = '<play>Bye</play><hangup/>';
    const at = before.indexOf('</dialplan>');
    const after = parse(before.slice(0, at) + block + before.slice(at));
    const size = () => ({ width: 200, height: 80 });
    expect(dropPositions(after, at, block.length, { x: 10, y: 20 }, [], size)).toEqual({
      '/dialplan/play': { x: 10, y: 20 },
      '/dialplan/hangup': { x: 10, y: 20 + DROP_STACK_GAP },
    });
  });

  it('dropped on a card, the new card goes beside or under it, covering nothing', () => {
    const before = '<dialplan name="Root"><amd/></dialplan>';
    const block = '<play>Bye</play><hangup/>';
    const at = before.indexOf('</dialplan>');
    const after = parse(before.slice(0, at) + block + before.slice(at));
    const amd = { x: 0, y: 0, width: 300, height: 120 };
    const size = () => ({ width: 200, height: 80 });
    const placed = dropPositions(after, at, block.length, { x: 10, y: 20 }, [amd], size);
    const boxes = [amd, ...Object.values(placed).map((xy) => ({ ...xy, ...size() }))];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(boxesMeet(a, b, 0)).toBe(false);
    expect(placed['/dialplan/play']).toEqual({ x: 10, y: 144 });
  });
});
