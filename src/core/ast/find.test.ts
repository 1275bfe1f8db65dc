import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { findElements } from './find.ts';

const POLL = parseDialplan(
  readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8'),
).document;
const ids = (query: string) => findElements(POLL, query).map((m) => m.name ?? m.tag);

describe('find over names, tags and prompt text', () => {
  it('ranks an exact name first, then names starting with the query, then names containing it', () => {
    expect(ids('question_01')).toEqual([
      'Question_01',
      'play_Question_01', // names containing it, in document order
      'Selection_Question_01',
      'incorrect_Selection_Question_01',
      'play_Inorrect_Selection_Question_01',
      'replay_Question_01',
      'goto', // a goto whose text names it
    ]);
    expect(findElements(POLL, 'question_01')[0]).toMatchObject({
      on: 'name',
      tag: 'menu',
      line: 29,
    });
  });

  it('finds every element of a tag, with or without angle brackets', () => {
    const hangups = findElements(POLL, '<hangup>');
    // the hangup by its name first, then a goto named after it, then a goto whose text is "Hangup"
    expect(hangups.map((m) => `${m.tag} ${m.on}`)).toEqual([
      'hangup name',
      'goto name',
      'goto text',
    ]);
    expect(findElements(POLL, 'stash').every((m) => m.tag === 'stash' || m.on === 'name')).toBe(
      true,
    );
  });

  it('finds prompt words and shows them around the match', () => {
    const [match] = findElements(POLL, 'upcoming election');
    expect(match).toMatchObject({ name: 'play_Live', on: 'text' });
    expect(match?.excerpt).toContain('upcoming election');
  });

  it('returns nothing for a blank query and caps long result lists', () => {
    expect(findElements(POLL, '   ')).toEqual([]);
    expect(findElements(POLL, 'e', 5)).toHaveLength(5);
  });
});
