import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { deriveGraph, deriveGraphSteps, nodeIdOf } from './derive.ts';
import { generatePoll } from '../../../bench/gen-poll.ts';

const graphOf = (text: string) => deriveGraph(parseDialplan(text).document);
const poll = graphOf(readFileSync('fixtures/political-poll.xml', 'utf8'));
const nodeNamed = (name: string) => poll.nodes.find((n) => n.name === name);

describe('deriveGraph', () => {
  it('draws the poll: top-level elements and menus as nodes with their names and prompts', () => {
    expect(poll.nodes.map((n) => n.name ?? n.tagName)).toEqual([
      'amd',
      'Live',
      'Question_01',
      'Goodbye',
      'Goodbye_Hangup',
      'Machine',
      'Hangup',
    ]);
    expect(nodeNamed('Live')?.summary).toMatch(
      /^Hello\. This is a call for a short political poll/,
    );
  });

  it('turns keypress branches into labelled outputs listing their actions', () => {
    const live = nodeNamed('Live');
    expect(live?.outputs.map((o) => o.label)).toEqual(['1', '2', 'default']);
    expect(live?.outputs[0]?.actions.map((a) => a.text)).toEqual([
      'stash Vote = Yes',
      'goto → Question_01',
    ]);
  });

  it('draws gotos from the branch that holds them and fall-through to the next node', () => {
    const live = nodeNamed('Live')!;
    const question = nodeNamed('Question_01')!;
    expect(poll.edges).toContainEqual(
      expect.objectContaining({
        kind: 'goto',
        source: live.id,
        sourceHandle: live.outputs[0]?.id,
        target: question.id,
      }),
    );
    expect(poll.edges).toContainEqual(
      expect.objectContaining({
        kind: 'next',
        source: nodeNamed('Goodbye')?.id,
        target: nodeNamed('Goodbye_Hangup')?.id,
      }),
    );
    expect(poll.edges.filter((e) => e.source === nodeNamed('Hangup')?.id)).toEqual([]);
  });

  it('lets a branch without goto fall through past its menu, and a missing default leave by "no match"', () => {
    const g = graphOf(
      '<dialplan><menu name="M"><keypress pressed="1"><stash varname="a">1</stash></keypress></menu><play name="After">bye</play></dialplan>',
    );
    const after = g.nodes.find((n) => n.name === 'After')!;
    const next = g.edges.filter((e) => e.kind === 'next' && e.target === after.id);
    expect(next.map((e) => e.sourceHandle)).toEqual(['/dialplan/menu/keypress', 'out']);
    expect(g.nodes[0]?.outputs.map((o) => o.label)).toEqual(['1', 'no match']);
  });

  it('draws nested menus, if/else and catch as their own nodes and unknown elements too', () => {
    const g = graphOf(
      '<dialplan><catch type="digit" value="0" goto="Op"><menu name="A"><keypress pressed="1"><if expr="1"><play>x</play><else><hangup/></else></if></keypress></menu></catch><blink/><transfer name="Op">1</transfer></dialplan>',
    );
    expect(g.nodes.map((n) => n.kind)).toEqual(['catch', 'menu', 'if', 'unknown', 'transfer']);
    expect(g.nodes[2]?.outputs.map((o) => o.label)).toEqual(['then', 'else']);
    expect(g.edges.map((e) => e.kind).sort()).toEqual(
      ['branch', 'branch', 'catch', 'next', 'next', 'next'].sort(),
    );
    expect(nodeIdOf(g, '/dialplan/catch/menu/keypress/if/else/hangup')).toBe(
      '/dialplan/catch/menu/keypress/if',
    );
  });

  it('draws no edge for a goto whose target does not exist', () => {
    const g = graphOf('<dialplan><goto>Nowhere</goto></dialplan>');
    expect(g.edges).toEqual([]);
    expect(g.nodes[0]?.summary).toBe('→ Nowhere');
  });

  it('re-derives only the nodes an edit touched, with the same result as a full derivation', () => {
    const text = readFileSync('fixtures/political-poll.xml', 'utf8');
    const edited = text.replace('Thank you for taking our poll', 'Thanks for taking our poll');
    const before = graphOf(text);
    const doc = parseDialplan(edited).document;
    const incremental = deriveGraph(doc, before);
    const full = deriveGraph(doc);
    const strip = (g: typeof full) => ({ nodes: g.nodes, edges: g.edges });
    expect(strip(incremental)).toEqual(strip(full));
    const changed = incremental.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.name);
    expect(changed).toEqual(['Goodbye']);
    expect(incremental.nodes.find((n) => n.name === 'Goodbye')?.summary).toMatch(/^Thanks/);
  });

  it('derives everything again when elements were added', () => {
    const before = graphOf('<dialplan><play name="A">a</play></dialplan>');
    const doc = parseDialplan('<dialplan><play name="A">a</play><hangup/></dialplan>').document;
    expect(deriveGraph(doc, before).nodes.map((n) => n.kind)).toEqual(['play', 'hangup']);
    expect(deriveGraph(doc, before).edges).toEqual(deriveGraph(doc).edges);
  });

  it('derives in steps the same graph, pausing after the tree walks and every few nodes', () => {
    const doc = parseDialplan(generatePoll(30)).document;
    const steps = deriveGraphSteps(doc, undefined, 10);
    const shares: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) shares.push(step.value);
    expect(shares.slice(0, 2)).toEqual([0, 0]);
    expect(shares.length).toBeGreaterThan(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    const whole = deriveGraph(doc);
    expect(step.value.nodes).toEqual(whole.nodes);
    expect(step.value.edges).toEqual(whole.edges);
  });
});
