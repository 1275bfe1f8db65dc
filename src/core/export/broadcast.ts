/**
 * The CallFire v2 CallBroadcast body around a dialplan (dialplan-reference.md §6): the settings a user
 * edits, and the JSON body and curl command built from them. Credentials are placeholders, always.
 */
import { toOneLine } from './one-line.ts';

export const RETRY_RESULTS = [
  'BUSY',
  'NO_ANS',
  'AM',
  'LA',
  'DNC',
  'XFER',
  'XFER_LEG',
  'INTERNAL_ERROR',
  'CARRIER_ERROR',
  'CARRIER_TEMP_ERROR',
  'UNDIALED',
  'SD',
  'POSTPONED',
  'ABANDONED',
  'SKIPPED',
] as const;
export type RetryResult = (typeof RETRY_RESULTS)[number];

export const RETRY_PHONE_TYPES = [
  'FIRST_NUMBER',
  'HOME_PHONE',
  'WORK_PHONE',
  'MOBILE_PHONE',
] as const;
export type RetryPhoneType = (typeof RETRY_PHONE_TYPES)[number];

export const DAYS_OF_WEEK = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

export interface LocalTimeRestriction {
  enabled: boolean;
  beginHour: number;
  beginMinute: number;
  endHour: number;
  endMinute: number;
}

export interface RetryConfig {
  maxAttempts: number;
  minutesBetweenAttempts: number;
  retryResults: string[];
  retryPhoneTypes: string[];
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

export interface Schedule {
  startDate: CalendarDate;
  stopDate?: CalendarDate;
  startTimeOfDay: TimeOfDay;
  stopTimeOfDay: TimeOfDay;
  timeZone: string;
  daysOfWeek: string[];
}

/** What the broadcast form edits; kept with each document. */
export interface BroadcastSettings {
  name: string;
  fromNumber: string;
  labels: string[];
  localTimeRestriction: LocalTimeRestriction;
  retryConfig: RetryConfig;
  schedules: Schedule[];
  /**
   * `{phoneNumber | contactId, attributes}` each, edited as lines (recipients.ts); entries of other
   * shapes found on import are kept as they were.
   */
  recipients?: unknown[];
}

/** The seed's own values: the political poll broadcast. */
export const DEFAULT_BROADCAST: BroadcastSettings = {
  name: 'Political Campaign',
  fromNumber: '12135551189',
  labels: ['political-poll'],
  localTimeRestriction: { enabled: true, beginHour: 9, beginMinute: 0, endHour: 18, endMinute: 0 },
  retryConfig: {
    maxAttempts: 2,
    minutesBetweenAttempts: 5,
    retryResults: ['BUSY', 'NO_ANS'],
    retryPhoneTypes: ['MOBILE_PHONE', 'WORK_PHONE'],
  },
  schedules: [],
};

/** A new document's broadcast: nothing carried over from another document (no from-number, no labels). */
export function blankBroadcast(name: string): BroadcastSettings {
  return { ...DEFAULT_BROADCAST, name, fromNumber: '', labels: [], schedules: [] };
}

export const BROADCASTS_URL = 'https://api.callfire.com/v2/calls/broadcasts';
export const PLACEHOLDER_CREDENTIALS = 'YOUR_API_LOGIN:YOUR_API_PASSWORD';

/** The POST body in the seed's field order; empty optional lists are left out. */
export function buildBroadcastBody(
  settings: BroadcastSettings,
  dialplanText: string,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    name: settings.name,
    fromNumber: settings.fromNumber,
    labels: settings.labels,
    localTimeRestriction: settings.localTimeRestriction,
    retryConfig: settings.retryConfig,
  };
  if (settings.schedules.length > 0) body['schedules'] = settings.schedules;
  if (settings.recipients && settings.recipients.length > 0)
    body['recipients'] = settings.recipients;
  body['dialplanXml'] = toOneLine(dialplanText);
  return body;
}

export function broadcastJson(settings: BroadcastSettings, dialplanText: string): string {
  return JSON.stringify(buildBroadcastBody(settings, dialplanText), null, 2);
}

/** Quotes a string for a POSIX shell: single quotes, with `'` written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlCommand(settings: BroadcastSettings, dialplanText: string): string {
  return [
    `curl -u "${PLACEHOLDER_CREDENTIALS}"`,
    `  -H "Content-Type: application/json"`,
    `  -X POST`,
    `  -d ${shellQuote(broadcastJson(settings, dialplanText))}`,
    `  "${BROADCASTS_URL}"`,
  ].join(' \\\n');
}
