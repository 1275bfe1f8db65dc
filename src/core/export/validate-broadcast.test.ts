import { describe, expect, it } from 'vitest';
import { DEFAULT_BROADCAST, type BroadcastSettings } from './broadcast.ts';
import { validateBroadcast } from './validate-broadcast.ts';

function fieldsOf(patch: Partial<BroadcastSettings>): string[] {
  return validateBroadcast({ ...DEFAULT_BROADCAST, ...patch }).map((e) => e.field);
}

describe('validateBroadcast', () => {
  it('accepts the seed broadcast', () => {
    expect(validateBroadcast(DEFAULT_BROADCAST)).toEqual([]);
  });

  it.each([
    ['+12135551189', 'Digits only'],
    ['2135551189', '11-digit'],
    ['22135551189', '11-digit'],
    ['11135551189', 'area code'],
    ['19115551189', 'area code'],
    ['12131111189', 'Not a valid'],
    ['12134111189', 'service code'],
  ])('refuses fromNumber %s', (fromNumber, message) => {
    const errors = validateBroadcast({ ...DEFAULT_BROADCAST, fromNumber });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('fromNumber');
    expect(errors[0]?.message).toContain(message);
  });

  it('checks retry attempts, minutes and API enum values', () => {
    const retryConfig = {
      maxAttempts: 0,
      minutesBetweenAttempts: 2.5,
      retryResults: ['BUSY', 'MAYBE'],
      retryPhoneTypes: ['MOBILE_PHONE', 'MOBILE_PHONE'],
    };
    expect(fieldsOf({ retryConfig })).toEqual([
      'retryConfig.maxAttempts',
      'retryConfig.minutesBetweenAttempts',
      'retryConfig.retryResults',
      'retryConfig.retryPhoneTypes',
    ]);
  });

  it('checks the local time window and labels', () => {
    const localTimeRestriction = {
      enabled: true,
      beginHour: 24,
      beginMinute: 0,
      endHour: 18,
      endMinute: 60,
    };
    expect(fieldsOf({ localTimeRestriction, labels: ['a', 'a'] })).toEqual([
      'labels',
      'localTimeRestriction.beginHour',
      'localTimeRestriction.endMinute',
    ]);
  });

  it('checks a schedule: dates, order, times, zone and days', () => {
    const schedules = [
      {
        startDate: { year: 2027, month: 2, day: 30 },
        stopDate: { year: 2026, month: 1, day: 1 },
        startTimeOfDay: { hour: 9, minute: 0, second: 0 },
        stopTimeOfDay: { hour: 25, minute: 0, second: 0 },
        timeZone: 'New York',
        daysOfWeek: [],
      },
    ];
    expect(fieldsOf({ schedules })).toEqual([
      'schedules.0.startDate',
      'schedules.0.stopDate',
      'schedules.0.stopTimeOfDay.hour',
      'schedules.0.timeZone',
      'schedules.0.daysOfWeek',
    ]);
  });
});
