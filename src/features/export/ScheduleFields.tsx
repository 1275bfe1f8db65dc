import {
  DAYS_OF_WEEK,
  type CalendarDate,
  type Schedule,
  type TimeOfDay,
} from '../../core/index.ts';
import { CheckboxGroup, TextField } from './FormFields.tsx';

type Errors = (field: string) => string | undefined;

export const DEFAULT_SCHEDULE: Schedule = {
  startDate: { year: new Date().getFullYear() + 1, month: 1, day: 4 },
  startTimeOfDay: { hour: 9, minute: 0, second: 0 },
  stopTimeOfDay: { hour: 17, minute: 0, second: 0 },
  timeZone: 'America/New_York',
  daysOfWeek: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
};

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(d: CalendarDate | undefined): string {
  return d && Number.isFinite(d.year) ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : '';
}

function parseDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

function timeText(t: TimeOfDay): string {
  return Number.isFinite(t.hour) && Number.isFinite(t.minute)
    ? `${pad(t.hour)}:${pad(t.minute)}`
    : '';
}

function parseTime(text: string): TimeOfDay {
  const m = /^(\d{1,2}):(\d{1,2})$/.exec(text.trim());
  return m
    ? { hour: Number(m[1]), minute: Number(m[2]), second: 0 }
    : { hour: NaN, minute: NaN, second: 0 };
}

/** One optional schedule: start and stop dates and times of day, a time zone and days of the week. */
export function ScheduleFields({
  schedule,
  errors,
  onChange,
}: {
  schedule: Schedule;
  errors: Errors;
  onChange: (s: Schedule) => void;
}) {
  const timeError = (field: string) =>
    errors(`schedules.0.${field}.hour`) ?? errors(`schedules.0.${field}.minute`);
  return (
    <div className="schedule-fields">
      <TextField
        label="Start date"
        type="date"
        value={dateText(schedule.startDate)}
        error={errors('schedules.0.startDate')}
        onChange={(v) =>
          onChange({ ...schedule, startDate: parseDate(v) ?? { year: NaN, month: NaN, day: NaN } })
        }
      />
      <TextField
        label="Stop date (optional)"
        type="date"
        value={dateText(schedule.stopDate)}
        error={errors('schedules.0.stopDate')}
        onChange={(v) => {
          const { stopDate: _old, ...rest } = schedule;
          const stopDate = parseDate(v);
          onChange(stopDate ? { ...rest, stopDate } : rest);
        }}
      />
      <TextField
        label="Start time"
        type="time"
        value={timeText(schedule.startTimeOfDay)}
        error={timeError('startTimeOfDay')}
        onChange={(v) => onChange({ ...schedule, startTimeOfDay: parseTime(v) })}
      />
      <TextField
        label="Stop time"
        type="time"
        value={timeText(schedule.stopTimeOfDay)}
        error={timeError('stopTimeOfDay')}
        onChange={(v) => onChange({ ...schedule, stopTimeOfDay: parseTime(v) })}
      />
      <TextField
        label="Time zone"
        value={schedule.timeZone}
        error={errors('schedules.0.timeZone')}
        onChange={(timeZone) => onChange({ ...schedule, timeZone })}
      />
      <CheckboxGroup
        label="Days of week"
        options={DAYS_OF_WEEK}
        value={schedule.daysOfWeek}
        error={errors('schedules.0.daysOfWeek')}
        onChange={(daysOfWeek) => onChange({ ...schedule, daysOfWeek })}
      />
    </div>
  );
}
