import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { simulateBatch } from './batch.ts';

const POLL = parseDialplan(
  readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8'),
).document;

describe('simulateBatch', () => {
  it('forecasts the poll: every call ends, every branch is reached, answers are spread', () => {
    const summary = simulateBatch(POLL, { calls: 2000, seed: 42 });
    const total = Object.values(summary.endReasons).reduce((a, b) => a + b, 0);
    expect(total).toBe(2000);
    // 3 in 4 calls are answered by a person.
    expect(summary.liveAnswers).toBeGreaterThan(1400);
    expect(summary.liveAnswers).toBeLessThan(1600);
    expect(summary.endReasons.hangup).toBeGreaterThan(1500);
    expect(summary.endReasons['caller-hangup']).toBeGreaterThan(0);
    expect(summary.coverage.elements.unreached).toEqual([]);
    expect(summary.coverage.branches).toEqual({ total: 5, reached: 5, unreached: [] });
    expect(Object.keys(summary.responses.Candidate ?? {}).sort()).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    const votes = summary.responses.Vote ?? {};
    expect((votes.Yes ?? 0) + (votes.No ?? 0)).toBeGreaterThan(1000);
  });

  it('is reproducible for a seed and differs between seeds', () => {
    const a = simulateBatch(POLL, { calls: 200, seed: 1 });
    expect(simulateBatch(POLL, { calls: 200, seed: 1 })).toEqual(a);
    expect(simulateBatch(POLL, { calls: 200, seed: 2 })).not.toEqual(a);
  });

  it('lists the elements and branches no call reached', () => {
    const { document } = parseDialplan(
      '<dialplan><menu maxDigits="1"><play type="tts">q</play>' +
        '<keypress pressed="1"><stash varname="a">one</stash></keypress>' +
        '<keypress pressed="55"><stash varname="a">never</stash></keypress>' +
        '</menu><hangup/><play type="tts" name="orphan">unreachable</play></dialplan>',
    );
    const summary = simulateBatch(document, { calls: 300, seed: 5 });
    expect(summary.coverage.branches.unreached).toEqual(['/dialplan/menu/keypress[2]']);
    expect(summary.coverage.elements.unreached).toEqual([
      '/dialplan/menu/keypress[2]',
      '/dialplan/menu/keypress[2]/stash',
      '/dialplan/play',
    ]);
    expect(Object.keys(summary.responses.a ?? {})).toEqual(['one']);
  });

  it('a poll that loops on invalid answers still ends every call', () => {
    const { document } = parseDialplan(
      '<dialplan><menu name="M"><play type="tts">q</play>' +
        '<keypress pressed="default"><goto>M</goto></keypress></menu></dialplan>',
    );
    const summary = simulateBatch(document, { calls: 50, seed: 3 });
    expect(summary.endReasons['caller-hangup']).toBe(50);
  });
});

describe('simulateBatch with names from the dialplan', () => {
  it('a question or answer named __proto__ or constructor is counted like any other', () => {
    const { document } = parseDialplan(
      '<dialplan><stash varname="__proto__">constructor</stash>' +
        '<stash varname="constructor">__proto__</stash></dialplan>',
    );
    const summary = simulateBatch(document, { calls: 10, seed: 3 });
    expect(Object.keys(summary.responses)).toEqual(['__proto__', 'constructor']);
    expect(Object.entries(summary.responses['__proto__'] ?? {})).toEqual([['constructor', 10]]);
    expect(Object.entries(summary.responses['constructor'] ?? {})).toEqual([['__proto__', 10]]);
    expect(JSON.parse(JSON.stringify(summary.responses))).toEqual(
      JSON.parse('{"__proto__":{"constructor":10},"constructor":{"__proto__":10}}'),
    );
  });
});
