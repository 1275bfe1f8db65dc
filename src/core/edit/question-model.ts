/**
 * A poll question as a form sees it, read from a `<menu>` whose answer branches stash: the name, the
 * prompt, the answers (key or range → stored value), the variable they are stored under, what a wrong
 * key or silence does, and where the call goes next. `question-xml.ts` writes the model back as XML.
 *
 * Reading is forgiving (any menu whose branches stash is a question); what the model cannot hold (an
 * extra prompt, a branch that does more than stash and go on) is listed in `notes`, so the editor can
 * say what it does not show (saving keeps it: `question-patch.ts` writes only the changed fields).
 */
import type { ElementNode } from '../ast/types.ts';
import { labelCommentOf, readLabelComment } from '../results/label-comment.ts';
import {
  attrValue,
  childElements,
  collapseWhitespace,
  elementName,
  textContent,
} from '../ast/query.ts';

export const INVALID_SELECTION = 'That is not a valid selection. Please try again.';
export const DEFAULT_VOICE = 'female1';

export interface QuestionAnswer {
  /** A key (`1`), a key sequence (`12`) or a range (`1-5`). */
  pressed: string;
  /** What is stored: a literal (`Yes`) or `${call.lastinput}` for a range. */
  value: string;
  /**
   * Words for a literal stored value, shown in Results ("Donkeys" for 1): the keypress's label comment
   * (core/results/label-comment.ts). Absent when the keypress has none.
   */
  label?: string;
}

/** After the last repeat: go on to `next` (or past the menu when there is none) or hang up. */
export type AfterRepeats = 'next' | 'hangup';

export interface InvalidAnswer {
  /** What the caller hears before the question is repeated. */
  message: string;
  /** How many times the question is repeated; `undefined`: until the caller answers or hangs up. */
  repeats: number | undefined;
  then: AfterRepeats;
}

export interface QuestionModel {
  /** The menu's name (goto target). */
  name: string;
  prompt: string;
  voice: string;
  /** The stash varname every answer is stored under (questionResponses' `question`). */
  varname: string;
  answers: QuestionAnswer[];
  /** The default branch (a wrong key or silence); `undefined`: none, the call goes past the menu. */
  invalid: InvalidAnswer | undefined;
  /** Where every answer goes on to; `undefined`: on past the menu. */
  next: string | undefined;
  maxDigits: string;
  timeout: string;
}

export interface ReadQuestion {
  question: QuestionModel;
  /** Parts of the menu the model does not hold (saving keeps them). */
  notes: string[];
}

/** The variable a question's counter lives in; every question resets it on arrival, so one is enough. */
export const RETRY_COUNTER = 'question_retries';

const CATCH_ALL = new Set(['default', 'timeout']);
/** The repeat cap in the default branch's `if` (`${question_retries} <= 2`). */
export const CAP = /<=?\s*(\d+)/;

/** The variable name a question stores under by default: its name, made safe for `${…}`. */
export function derivedVarname(name: string): string {
  const safe = name.trim().replace(/[^A-Za-z0-9_]/g, '_');
  return safe === '' ? 'Question' : safe;
}

/** The name the prompt of a question with a repeat cap carries (the target of the repeat goto). */
export function promptName(questionName: string): string {
  return `${questionName}_prompt`;
}

const pressedOf = (keypress: ElementNode) => (attrValue(keypress, 'pressed') ?? '').trim();
const textOf = (element: ElementNode) => collapseWhitespace(textContent(element)).trim();
/** A wrong-key or silence branch (`default`, `timeout`). */
export const isCatchAll = (k: ElementNode) => CATCH_ALL.has(pressedOf(k).toLowerCase());

/** The menu's answer branches: its keypresses other than the catch-all ones, in order. */
export function answerBranches(menu: ElementNode): ElementNode[] {
  return childElements(menu).filter((c) => c.kind === 'keypress' && !isCatchAll(c));
}

/** True for a menu one of whose answer branches stashes: the Question editor applies. */
export function isQuestionMenu(menu: ElementNode): boolean {
  return (
    menu.kind === 'menu' &&
    answerBranches(menu).some((k) => childElements(k).some((c) => c.kind === 'stash'))
  );
}

function lastGotoTarget(elements: readonly ElementNode[]): string | undefined {
  const goto = elements.findLast((c) => c.kind === 'goto');
  return goto ? textOf(goto) : undefined;
}

function readAnswers(menu: ElementNode, notes: string[]) {
  const answers: QuestionAnswer[] = [];
  const varnames = new Set<string>();
  const targets = new Set<string | undefined>();
  for (const keypress of answerBranches(menu)) {
    const body = childElements(keypress);
    const stash = body.find((c) => c.kind === 'stash');
    if (stash) varnames.add((attrValue(stash, 'varname') ?? '').trim());
    const label = labelCommentOf(keypress);
    answers.push({
      pressed: pressedOf(keypress),
      value: stash ? textOf(stash) : '',
      ...(label && { label: readLabelComment(label.value)?.label ?? '' }),
    });
    targets.add(lastGotoTarget(body));
    if (body.some((c) => c.kind !== 'stash' && c.kind !== 'goto')) {
      notes.push(
        `The branch for ${pressedOf(keypress)} does more than store the answer and go on.`,
      );
    }
  }
  if (varnames.size > 1) notes.push('The answers are stored under different names.');
  if (targets.size > 1) notes.push('The answers go on to different places.');
  return { answers, varname: [...varnames][0] ?? '', next: [...targets][0] };
}

function readInvalid(menu: ElementNode, notes: string[]): InvalidAnswer | undefined {
  const catchAll = childElements(menu).filter(isCatchAll);
  if (catchAll.length > 1) notes.push('Wrong keys and silence have separate branches.');
  const branch = catchAll[0];
  if (!branch) return undefined;
  const body = childElements(branch);
  const guard = body.find((c) => c.kind === 'if');
  const inner = guard ? childElements(guard) : body;
  const play = inner.find((c) => c.kind === 'play');
  const message = play ? textOf(play) : '';
  if (!guard) return { message, repeats: undefined, then: 'next' };
  const cap = CAP.exec(attrValue(guard, 'expr') ?? '');
  const repeats = cap?.[1] === undefined ? 0 : Number(cap[1]);
  const after = body.slice(body.indexOf(guard) + 1);
  return { message, repeats, then: after.some((c) => c.kind === 'hangup') ? 'hangup' : 'next' };
}

/** Reads a question menu; `undefined` when the element is not a menu. */
export function readQuestion(menu: ElementNode): ReadQuestion | undefined {
  if (menu.kind !== 'menu') return undefined;
  const notes: string[] = [];
  const plays = childElements(menu).filter((c) => c.kind === 'play');
  if (plays.length > 1) notes.push('The menu has more than one prompt; the first is shown.');
  const prompt = plays[0];
  const name = elementName(menu) ?? '';
  const { answers, varname, next } = readAnswers(menu, notes);
  return {
    question: {
      name,
      prompt: prompt ? textOf(prompt) : '',
      voice: (prompt && attrValue(prompt, 'voice')) ?? DEFAULT_VOICE,
      varname: varname || derivedVarname(name),
      answers,
      invalid: readInvalid(menu, notes),
      next,
      maxDigits: attrValue(menu, 'maxDigits') ?? '1',
      timeout: attrValue(menu, 'timeout') ?? '3500',
    },
    notes,
  };
}

/** A new question's invalid-answer handling: the seed's message, repeated until answered. */
export const DEFAULT_INVALID: InvalidAnswer = {
  message: INVALID_SELECTION,
  repeats: undefined,
  then: 'next',
};
