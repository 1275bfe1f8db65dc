import { describe, expect, it } from 'vitest';
import { CallResultSet } from './call-set.ts';
import { crossTabCells, oneWayTable } from './crosstab-cells.ts';

/** A live call whose one attempt answered `answers` (question → response). */
function liveCall(id: number, answers: Record<string, string>) {
  const questionResponses = Object.entries(answers).map(([question, response]) => ({
    question,
    response,
  }));
  return { id, finalCallResult: 'LA', records: [{ id: 1, finishTime: 1, questionResponses }] };
}

describe('cross-tab cells (issue 26 item 3)', () => {
  const set = new CallResultSet();
  set.addPage([
    liveCall(1, { A: 'x', B: '__proto__' }),
    liveCall(2, { A: 'x', B: 'constructor' }),
    liveCall(3, { A: '__proto__', B: 'constructor' }),
    liveCall(4, { A: 'x' }),
    liveCall(5, { B: 'y' }),
  ]);

  it('counts the calls that answered both, only the pairs that occur, names from data kept', () => {
    const t = crossTabCells(set, 'A', 'B');
    expect(t.calls).toBe(3);
    expect(Object.entries(t.cells).map(([r, row]) => [r, Object.entries(row)])).toEqual([
      [
        'x',
        [
          ['__proto__', 1],
          ['constructor', 1],
        ],
      ],
      ['__proto__', [['constructor', 1]]],
    ]);
  });

  it('one question gives a one-way table over the calls that answered it', () => {
    const t = oneWayTable(set, 'A');
    expect(t.calls).toBe(4);
    expect(Object.entries(t.cells)).toEqual([
      ['x', 3],
      ['__proto__', 1],
    ]);
    expect(Object.entries(oneWayTable(set, 'A', [0, 2]).cells)).toEqual([
      ['x', 1],
      ['__proto__', 1],
    ]);
  });
});
