/**
 * The world a call runs in, as the form edits it, and its translation to the engine's SimOptions.
 * Defaults make one click on Call just work: a person answers, numbers are filled in, the clock is now.
 */
import type { AnswerType, SimOptions, TransferOutcome } from '../core/index.ts';

export interface KeyValueRow {
  key: string;
  value: string;
}

export const CONTACT_FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['zipcode', 'Zip code'],
  ['homePhone', 'Home phone'],
  ['workPhone', 'Work phone'],
  ['mobilePhone', 'Mobile phone'],
] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number][0];

export interface CallSetup {
  answer: AnswerType;
  callerId: string;
  dnis: string;
  phoneNumber: string;
  contact: Record<ContactField, string>;
  /** Contact-sheet columns (`${contact.A}` …). */
  columns: KeyValueRow[];
  /** ISO 8601 in UTC; empty means the moment Call is pressed. */
  now: string;
  transfer: TransferOutcome;
  /** Mock response bodies for `<get>`/`<post>`, by URL. */
  http: KeyValueRow[];
}

export const DEFAULT_CALL_SETUP: CallSetup = {
  answer: 'live',
  callerId: '2135551234',
  dnis: '8555555555',
  phoneNumber: '2135551234',
  contact: {
    firstName: 'Ann',
    lastName: 'Example',
    zipcode: '90210',
    homePhone: '2135551234',
    workPhone: '',
    mobilePhone: '',
  },
  columns: [],
  now: '',
  transfer: 'answered',
  http: [],
};

function rowsToRecord(rows: readonly KeyValueRow[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const row of rows) if (row.key.trim() !== '') record[row.key.trim()] = row.value;
  return record;
}

/** SimOptions for one call; `now` is the current time when the form leaves the clock empty. */
export function toSimOptions(setup: CallSetup, now: Date, callId: string): SimOptions {
  const contact = Object.fromEntries(Object.entries(setup.contact).filter(([, v]) => v !== ''));
  return {
    answer: setup.answer,
    callerId: setup.callerId,
    dnis: setup.dnis,
    phoneNumber: setup.phoneNumber,
    callId,
    contact: { ...contact, ...rowsToRecord(setup.columns) },
    now: setup.now.trim() === '' ? now.toISOString() : setup.now.trim(),
    transfer: setup.transfer,
    http: rowsToRecord(setup.http),
  };
}
