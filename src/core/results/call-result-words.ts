/**
 * Words for CallFire's call result codes (dialplan-reference.md §6, `finalCallResult` and a record's
 * `result`), and for billed amounts (issue 26 item 6). Readers show the words with the code beside them
 * (table: "Live answer (LA)"; studio: the code in a tooltip); CSV and JSON keep the codes.
 */
import { countOf } from './records.ts';

export const CALL_RESULT_WORDS: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
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
    SD: 'SD (legacy)',
    POSTPONED: 'Postponed (legacy)',
    ABANDONED: 'Abandoned',
    SKIPPED: 'Skipped',
    UNKNOWN: 'Unknown',
  }),
);

/** The words for a result code, or undefined for a code CallFire does not document. */
export function callResultWords(code: string): string | undefined {
  return countOf(CALL_RESULT_WORDS, code);
}

/** "Live answer (LA)"; an undocumented code as it is. */
export function callResultText(code: string): string {
  const words = callResultWords(code);
  return words === undefined ? code : `${words} (${code})`;
}

/** The unit CallFire bills in (the v2 API's `billedAmount` is in account credits). */
export const BILLED_UNIT = 'credits';

/** An answer with its label: "Donkeys (1)"; the raw value when it has no label or the label is the value. */
export function answerText(value: string, label: string | undefined): string {
  return label === undefined || label === value ? value : `${label} (${value})`;
}
