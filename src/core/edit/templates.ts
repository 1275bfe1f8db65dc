/**
 * Documents a person starts from (New › Empty poll): plain CallFire XML built from the palette's blocks,
 * so a new poll has the shape the Question editor reads.
 */
import { amdSplitXml, goodbyeXml, pollQuestionXml } from './blocks.ts';
import { reindent } from './layout-text.ts';

export const MACHINE_MESSAGE =
  'Hello. We called to ask a few short questions. Sorry we missed you; we will try again later.';

const UNIT = '    ';

/** AMD split (a person to the first question, a machine to a message), one question, goodbye. */
export function emptyPollXml(): string {
  const body = [
    amdSplitXml('Question', 'Machine', UNIT),
    pollQuestionXml(new Set(['Goodbye', 'Machine']), { next: 'Goodbye' }, UNIT),
    goodbyeXml().replace('<play ', '<play name="Goodbye" '),
    `<play type="tts" voice="female1" name="Machine">${MACHINE_MESSAGE}</play>`,
    '<hangup/>',
  ];
  return [
    '<dialplan name="Root">',
    ...body.map((b) => UNIT + reindent(b, UNIT, '\n')),
    '</dialplan>',
    '',
  ].join('\n');
}

/** A dialplan with nothing in it yet. */
export const BLANK_DIALPLAN = '<dialplan name="Root">\n</dialplan>\n';
