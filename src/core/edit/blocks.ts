/**
 * Composite blocks: shapes a poll is made of, expanded to plain CallFire XML (nothing custom is saved).
 * - Poll question: the seed's question shape (see fixtures/political-poll.xml): a menu with a prompt
 *   listing the answers, one keypress per answer stashing it under the question name (and going on to
 *   `next` when given), and a default branch that says so and repeats the question.
 * - AMD split: amd with live/machine, each going to a target when given.
 * - Say goodbye and hang up.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { attrValue } from '../ast/query.ts';
import { escapeText } from '../xml/entities.ts';
import { indexOf } from './lookup.ts';
import { takenNames, uniqueName } from './element-names.ts';
import {
  DEFAULT_INVALID,
  DEFAULT_VOICE,
  derivedVarname,
  INVALID_SELECTION,
  type QuestionModel,
} from './question-model.ts';
import { promptFromAnswers, questionXml } from './question-xml.ts';

export { DEFAULT_VOICE, INVALID_SELECTION };

export interface PollQuestionOptions {
  /** The question's name: the menu's name, made unique; the answers are stored under it. */
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

/** The names a new question must not take: element names and the variables answers are stored under. */
export function takenQuestionNames(doc: DialplanDocument): Set<string> {
  const taken = takenNames(doc);
  for (const element of indexOf(doc).ordered) {
    const varname = element.kind === 'stash' ? attrValue(element, 'varname') : undefined;
    if (varname !== undefined) taken.add(varname.trim());
  }
  return taken;
}

/** The prompt of a question: the question, then "Press 1 for Yes, press 2 for No." */
export function pollPrompt(question: string, answers: readonly string[]): string {
  return promptFromAnswers(question, keyedAnswers(answers));
}

function keyedAnswers(answers: readonly string[]) {
  return answers.map((value, i) => ({ pressed: String(i + 1), value }));
}

/**
 * A new Poll question. `taken` holds the names in use (see `takenQuestionNames`); the question's name
 * and the variable its answers are stored under are made unique against it, so two blocks never
 * overwrite each other's answers in questionResponses.
 */
export function pollQuestionXml(
  taken: Set<string>,
  options: PollQuestionOptions = {},
  unit = '    ',
): string {
  const name = uniqueName(options.name ?? 'Question', taken);
  const varname = derivedVarname(name) === name ? name : uniqueName(derivedVarname(name), taken);
  const answers = keyedAnswers(options.answers ?? ['Yes', 'No']);
  const question: QuestionModel = {
    name,
    prompt: promptFromAnswers(options.question ?? 'Your question here?', answers),
    voice: DEFAULT_VOICE,
    varname,
    answers,
    invalid: DEFAULT_INVALID,
    next: options.next,
    maxDigits: '1',
    timeout: '3500',
  };
  return questionXml(question, unit);
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
