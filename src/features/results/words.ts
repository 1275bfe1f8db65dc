/**
 * Words for what the pages store as codes: answers (the dialplan's labels, core/results/answer-labels)
 * and CallFire's call results (LA → Live answer). The code stays beside the words ("Donkeys (1)") in
 * tooltips and tables, and in the CSV. The call-result words and the billed unit come from core
 * (core/results/call-result-words.ts), the same list the CLI's table uses.
 */
import {
  BILLED_UNIT,
  callResultWords as coreCallResultWords,
  countOf,
  type AnswerLabels,
} from '../../core/index.ts';

export { BILLED_UNIT };

/** The words for a call result code (core's list, shared with the CLI); an unknown code reads as itself. */
export function callResultWords(code: string): string {
  return coreCallResultWords(code) ?? code;
}

/** The label of one question's stored value, when the dialplan gives one. */
export function answerLabel(labels: AnswerLabels, question: string, value: string) {
  const byValue = countOf(labels, question);
  return byValue && countOf(byValue, value);
}

/** "Donkeys (1)" when the words differ from the code, else the code. */
export function withCode(words: string | undefined, code: string): string {
  return words === undefined || words === code ? code : `${words} (${code})`;
}
