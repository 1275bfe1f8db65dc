import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { generatePoll } from '../../../bench/gen-poll.ts';
import { collectTreeFacts, collectTreeFactsSteps, continuationOf } from './tree-facts.ts';

const docOf = (text: string) => parseDialplan(text).document;

describe('collectTreeFacts', () => {
  it('finds parents, next siblings and the first element of each name', () => {
    const doc = docOf(
      '<dialplan><menu name="Q"><play>a</play><keypress pressed="1"><goto>B</goto></keypress></menu>' +
        '<play name="B">b</play><play name="B">again</play><hangup/></dialplan>',
    );
    const facts = collectTreeFacts(doc);
    const [menu, b, secondB, hangup] = doc.root!.children.filter((c) => c.type === 'element');
    expect(facts.byName.get('B')).toBe(b);
    expect(facts.byName.get('Q')).toBe(menu);
    expect(facts.nextSiblingOf.get(b!)).toBe(secondB);
    expect(facts.parentOf.get(hangup!)).toBe(doc.root);
    // the menu's play goes on to the keypress's container's next: the first B
    const play =
      menu?.type === 'element' ? menu.children.find((c) => c.type === 'element') : undefined;
    expect(play && play.type === 'element' && continuationOf(facts, play)).toBe(b);
  });

  it('in steps: pauses every few elements and ends with the same facts', () => {
    const doc = docOf(generatePoll(20));
    const steps = collectTreeFactsSteps(doc, 50);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    const whole = collectTreeFacts(doc);
    expect(pauses).toBeGreaterThan(2);
    expect([...step.value.byName]).toEqual([...whole.byName]);
    expect(step.value.parentOf.size).toBe(whole.parentOf.size);
    for (const [child, parent] of whole.parentOf)
      expect(step.value.parentOf.get(child)).toBe(parent);
    for (const [a, b] of whole.nextSiblingOf) expect(step.value.nextSiblingOf.get(a)).toBe(b);
  });
});
