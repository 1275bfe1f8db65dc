/**
 * Words for what the pages store as codes: answers (the dialplan's labels, core/results/answer-labels)
 * and CallFire's call results (LA → Live answer). The code stays beside the words ("Donkeys (1)") in
 * tooltips and tables, and in the CSV. The call-result words are local to the studio for now; the CLI
 * has its own list in core (issue 26 item 6) — to be unified.
 */
import { countOf, type AnswerLabels } from '../../core/index.ts';

/** CallFire's call results (dialplan-reference.md §6, `finalCallResult`). */
const CALL_RESULTS: Record<string, string> = {
  LA: 'Live answer',
  AM: 'Answering machine',
  BUSY: 'Busy',
  DNC: 'Do not call',
  XFER: 'Transferred',
  NO_ANS: 'No answer',
  XFER_LEG: 'Transfer leg',
  INTERNAL_ERROR: 'Internal error',
  CARRIER_ERROR: 'Carrier error',
  CARRIER_TEMP_ERROR: 'Carrier error (temporary)',
  UNDIALED: 'Not dialled',
  POSTPONED: 'Postponed',
  ABANDONED: 'Abandoned',
  SKIPPED: 'Skipped',
};

/** The words for a call result code; an unknown code reads as itself. */
export function callResultWords(code: string): string {
  return countOf(CALL_RESULTS, code) ?? code;
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

/** What the Billed figure is in: the API gives amounts in credits unless the account says otherwise. */
export const BILLED_UNIT = 'credits';
