/**
 * Composite blocks: shapes a poll is made of, expanded to plain CallFire XML (nothing custom is saved).
 * - Poll question: the seed's question shape (see fixtures/political-poll.xml): a menu with a prompt
 *   listing the answers, one keypress per answer stashing it under the question name (and going on to
 *   `next` when given), and a default branch that says so and repeats the question.
 * - AMD split: amd with live/machine, each going to a target when given.
 * - Say goodbye and hang up.
 */
import { escapeAttribute, escapeText } from '../xml/entities.ts';
import { uniqueName } from './names.ts';

export const INVALID_SELECTION = 'That is not a valid selection. Please try again.';
export const DEFAULT_VOICE = 'female1';

export interface PollQuestionOptions {
  /** The menu's name and the stash's varname; made unique against `taken`. */
  name?: string;
  question?: string;
  answers?: readonly string[];
  /** Where each answer goes on to; when absent, execution continues after the menu. */
  next?: string;
}

function gotoLine(target: string | undefined, indent: string): string[] {
  return target ? [`${indent}<goto>${escapeText(target)}</goto>`] : [];
}

function play(text: string): string {
  return `<play type="tts" voice="${DEFAULT_VOICE}">${escapeText(text)}</play>`;
}

/** The prompt of a question: the question, then "Press 1 for Yes. Press 2 for No." */
export function pollPrompt(question: string, answers: readonly string[]): string {
  const choices = answers.map((a, i) => `Press ${i + 1} for ${a}.`);
  return [question, ...choices].join(' ');
}

export function pollQuestionXml(
  taken: Set<string>,
  options: PollQuestionOptions = {},
  unit = '    ',
): string {
  const name = uniqueName(options.name ?? 'Question', taken);
  const answers = options.answers ?? ['Yes', 'No'];
  const question = options.question ?? 'Your question here?';
  const u2 = unit + unit;
  const branches = answers.flatMap((answer, i) => [
    `${unit}<keypress pressed="${i + 1}">`,
    `${u2}<stash varname="${escapeAttribute(name)}">${escapeText(answer)}</stash>`,
    ...gotoLine(options.next, u2),
    `${unit}</keypress>`,
  ]);
  return [
    `<menu maxDigits="1" timeout="3500" name="${escapeAttribute(name)}">`,
    `${unit}${play(pollPrompt(question, answers))}`,
    ...branches,
    `${unit}<keypress pressed="default">`,
    `${u2}${play(INVALID_SELECTION)}`,
    `${u2}<goto>${escapeText(name)}</goto>`,
    `${unit}</keypress>`,
    '</menu>',
  ].join('\n');
}

export function amdSplitXml(live?: string, machine?: string, unit = '    '): string {
  const branch = (tag: string, target: string | undefined) =>
    target
      ? [`${unit}<${tag}>`, ...gotoLine(target, unit + unit), `${unit}</${tag}>`]
      : [`${unit}<${tag}/>`];
  return ['<amd>', ...branch('live', live), ...branch('machine', machine), '</amd>'].join('\n');
}

export function goodbyeXml(text = 'Thank you for your time. Goodbye.'): string {
  return `${play(text)}\n<hangup/>`;
}
