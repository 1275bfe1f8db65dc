import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { answerLabels, promptKeys } from './answer-labels.ts';

const labelsOf = (xml: string) => answerLabels(parseDialplan(xml).document);

describe('answer labels from the prompt (issue 26 item 1)', () => {
  it('reads the political poll: Vote from "Press 1 for Yes, or 2 for No", Candidate from its list', () => {
    const labels = labelsOf(readFileSync('public/examples/political-poll.xml', 'utf8'));
    expect(labels).toEqual({
      Vote: { Yes: 'Yes', No: 'No' },
      Candidate: {
        '1': 'Donkeys',
        '2': 'Elephants',
        '3': 'Greenies',
        '4': 'Undecided',
        '5': 'Decline to state',
      },
    });
  });

  it.each([
    ['Press 1 for Donkeys. Press 2 for Elephants.', { '1': 'Donkeys', '2': 'Elephants' }],
    ['press 1 for yes, or 2 for no', { '1': 'yes', '2': 'no' }],
    ['For Spanish, press 2. For English, press 1.', { '2': 'Spanish', '1': 'English' }],
    ['Press 3 to vote Green or 4 for Undecided', { '3': 'Green', '4': 'Undecided' }],
    ['Please hold.', {}],
  ])('%s', (prompt, keys) => {
    expect(Object.fromEntries(promptKeys(prompt))).toEqual(keys);
  });
});

describe('answer labels written in the dialplan', () => {
  const poll = `<dialplan name="Root">
  <menu name="Q" maxDigits="1">
    <play type="tts">Press 1 for Yes, or 2 for No.</play>
    <keypress pressed="1">
      <!-- label: Will vote -->
      <stash varname="Vote">Y</stash>
    </keypress>
    <keypress pressed="2"><stash varname="Vote">N</stash></keypress>
    <keypress pressed="3-4">
      <!-- label 3: Maybe -->
      <stash varname="Vote">\${call.lastinput}</stash>
    </keypress>
  </menu>
</dialplan>`;

  it('a comment label wins over the prompt; the prompt labels the rest; unknown keys stay unlabelled', () => {
    expect(labelsOf(poll)).toEqual({ Vote: { Y: 'Will vote', N: 'No', '3': 'Maybe' } });
  });

  it('a question named __proto__ keeps its labels', () => {
    const labels = labelsOf(poll.replaceAll('varname="Vote"', 'varname="__proto__"'));
    expect(Object.keys(labels)).toEqual(['__proto__']);
    expect(Object.entries(labels['__proto__'] ?? {})).toHaveLength(3);
  });
});
