import { describe, expect, it } from 'vitest';
import { CallResultSet } from './call-set.ts';
import { callsCsv, csvField } from './csv.ts';
import { filterCalls, filterChoices } from './filter.ts';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('quotes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes one row per call with a column per question, blank when unanswered', () => {
    const set = new CallResultSet();
    set.addPage([
      {
        id: 1,
        toNumber: '12135550001',
        finalCallResult: 'LA',
        records: [{ id: 1, questionResponses: [{ question: 'Vote', response: 'Yes' }] }],
      },
      { id: 2, toNumber: '12135550002', finalCallResult: 'AM' },
    ]);
    expect(callsCsv(set, ['Vote', 'Candidate'])).toBe(
      'id,toNumber,finalCallResult,Vote,Candidate\r\n1,12135550001,LA,Yes,\r\n2,12135550002,AM,,\r\n',
    );
  });
});

describe('filters', () => {
  const set = new CallResultSet();
  set.addPage([
    { id: 1, finalCallResult: 'LA', labels: ['a'], batchId: 7, created: 1000 },
    { id: 2, finalCallResult: 'AM', labels: ['b'], batchId: 8, created: 2000 },
    { id: 3, finalCallResult: 'LA', labels: ['a', 'b'], batchId: 8 },
  ]);
  const ids = (filter: Parameters<typeof filterCalls>[1]) =>
    filterCalls(set, filter).map((i) => set.idOf(i));

  it.each([
    [{}, ['1', '2', '3']],
    [{ finalCallResult: 'LA' }, ['1', '3']],
    [{ label: 'b' }, ['2', '3']],
    [{ batchId: '8' }, ['2', '3']],
    [{ from: 1500 }, ['2']],
    [{ to: 1500 }, ['1']],
  ])('%j keeps %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('lists the values each filter can take', () => {
    expect(filterChoices(set)).toEqual({
      finalCallResults: ['AM', 'LA'],
      labels: ['a', 'b'],
      batchIds: ['7', '8'],
    });
  });
});
