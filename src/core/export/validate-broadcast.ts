/**
 * Checks broadcast settings as the API would, field by field, so that the form can show each error
 * beside its field. Where CallFire does not publish a limit, the choice is in docs/decisions/export.md.
 */
import {
  DAYS_OF_WEEK,
  RETRY_PHONE_TYPES,
  RETRY_RESULTS,
  type BroadcastSettings,
  type CalendarDate,
  type TimeOfDay,
} from './broadcast.ts';
import { nanpProblem } from './nanp.ts';

/** `field` is a dotted path into the settings, e.g. `retryConfig.maxAttempts`. */
export interface FieldError {
  field: string;
  message: string;
}

export const MAX_ATTEMPTS = 20;
export const MAX_MINUTES_BETWEEN_ATTEMPTS = 1440;

type Report = (field: string, message: string) => void;

function checkInteger(report: Report, field: string, value: number, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max)
    report(field, `A whole number from ${min} to ${max}`);
}

function checkSubset(report: Report, field: string, values: string[], allowed: readonly string[]) {
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length > 0) report(field, `Not an API value: ${unknown.join(', ')}`);
  else if (new Set(values).size !== values.length) report(field, 'Each value only once');
}

function checkDate(report: Report, field: string, date: CalendarDate) {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const valid =
    Number.isInteger(date.year) &&
    date.year >= 2000 &&
    d.getUTCFullYear() === date.year &&
    d.getUTCMonth() === date.month - 1 &&
    d.getUTCDate() === date.day;
  if (!valid) report(field, 'Not a calendar date');
}

function checkTime(report: Report, field: string, time: TimeOfDay) {
  checkInteger(report, `${field}.hour`, time.hour, 0, 23);
  checkInteger(report, `${field}.minute`, time.minute, 0, 59);
  checkInteger(report, `${field}.second`, time.second, 0, 59);
}

function dateKey(d: CalendarDate): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

function checkSchedules(report: Report, settings: BroadcastSettings) {
  settings.schedules.forEach((s, i) => {
    const at = `schedules.${i}`;
    checkDate(report, `${at}.startDate`, s.startDate);
    if (s.stopDate) {
      checkDate(report, `${at}.stopDate`, s.stopDate);
      if (dateKey(s.stopDate) < dateKey(s.startDate))
        report(`${at}.stopDate`, 'The stop date is before the start date');
    }
    checkTime(report, `${at}.startTimeOfDay`, s.startTimeOfDay);
    checkTime(report, `${at}.stopTimeOfDay`, s.stopTimeOfDay);
    if (!/^[A-Za-z]+(\/[A-Za-z0-9_+-]+)+$|^UTC$/.test(s.timeZone))
      report(`${at}.timeZone`, 'An IANA time zone, like America/New_York');
    if (s.daysOfWeek.length === 0) report(`${at}.daysOfWeek`, 'Choose at least one day');
    checkSubset(report, `${at}.daysOfWeek`, s.daysOfWeek, DAYS_OF_WEEK);
  });
}

export function validateBroadcast(settings: BroadcastSettings): FieldError[] {
  const errors: FieldError[] = [];
  const report: Report = (field, message) => errors.push({ field, message });
  if (settings.name.trim() === '') report('name', 'A name is required');
  else if (settings.name.length > 255) report('name', 'At most 255 characters');
  const fromProblem = nanpProblem(settings.fromNumber);
  if (fromProblem) report('fromNumber', fromProblem);
  if (settings.labels.some((l) => l.trim() === '')) report('labels', 'Labels cannot be empty');
  else if (new Set(settings.labels).size !== settings.labels.length)
    report('labels', 'Labels must be unique');
  const ltr = settings.localTimeRestriction;
  checkInteger(report, 'localTimeRestriction.beginHour', ltr.beginHour, 0, 23);
  checkInteger(report, 'localTimeRestriction.beginMinute', ltr.beginMinute, 0, 59);
  checkInteger(report, 'localTimeRestriction.endHour', ltr.endHour, 0, 23);
  checkInteger(report, 'localTimeRestriction.endMinute', ltr.endMinute, 0, 59);
  const retry = settings.retryConfig;
  checkInteger(report, 'retryConfig.maxAttempts', retry.maxAttempts, 1, MAX_ATTEMPTS);
  checkInteger(
    report,
    'retryConfig.minutesBetweenAttempts',
    retry.minutesBetweenAttempts,
    1,
    MAX_MINUTES_BETWEEN_ATTEMPTS,
  );
  checkSubset(report, 'retryConfig.retryResults', retry.retryResults, RETRY_RESULTS);
  checkSubset(report, 'retryConfig.retryPhoneTypes', retry.retryPhoneTypes, RETRY_PHONE_TYPES);
  checkSchedules(report, settings);
  return errors;
}
