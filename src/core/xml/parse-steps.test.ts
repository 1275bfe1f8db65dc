import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChildNode } from '../ast/types.ts';
import { parseDialplan, parseDialplanSteps } from './parse.ts';
import { generatePoll } from '../../../bench/gen-poll.ts';

/** What a tree says: every node's type, id or text, range and attributes, in order. */
function outline(nodes: readonly ChildNode[]): unknown[] {
  return nodes.map((n) =>
    n.type === 'element'
      ? [
          n.id,
          n.range.start.offset,
          n.range.end.offset,
          n.attributes.map((a) => `${a.name}=${a.value}`),
          outline(n.children),
        ]
      : [n.type, n.range.start.offset, n.range.end.offset],
  );
}

function parseInSteps(text: string, charsPerStep: number) {
  const steps = parseDialplanSteps(text, charsPerStep);
  const shares: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, shares };
    shares.push(step.value);
  }
}

describe('parseDialplanSteps', () => {
  const texts = {
    poll: generatePoll(40),
    political: readFileSync('fixtures/political-poll.xml', 'utf8'),
    malformed: '<dialplan><menu name="A"><play>Hi</menu><goto>A</goto><!-- open',
  };

  for (const [name, text] of Object.entries(texts))
    it(`pauses every few characters and gives the same tree and diagnostics (${name})`, () => {
      const { result, shares } = parseInSteps(text, 200);
      const whole = parseDialplan(text);
      expect(shares.length).toBeGreaterThanOrEqual(Math.floor(text.length / 400));
      expect(shares).toEqual([...shares].sort((a, b) => a - b));
      expect(outline(result.document.children)).toEqual(outline(whole.document.children));
      expect(result.diagnostics).toEqual(whole.diagnostics);
    });

  it('does not pause when no step size is given', () => {
    expect(parseInSteps(texts.poll, Infinity).shares).toEqual([]);
  });
});
