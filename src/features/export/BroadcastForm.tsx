import { useMemo } from 'react';
import {
  RETRY_PHONE_TYPES,
  RETRY_RESULTS,
  validateBroadcast,
  type BroadcastSettings,
  type LocalTimeRestriction,
  type RetryConfig,
} from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { CheckboxGroup, NumberField, TextField } from './FormFields.tsx';
import { DEFAULT_SCHEDULE, ScheduleFields } from './ScheduleFields.tsx';
import { useActiveDocument } from './useActiveDocument.ts';
import { RecipientsField } from './RecipientsField.tsx';
import { useRecipientsDraft } from './useRecipientsDraft.ts';

/** Labels as typed: comma-separated, blanks between commas ignored. */
function parseLabels(text: string): string[] {
  return text
    .split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The broadcast settings of the open document (the seed's CallBroadcast fields), checked as the API
 * would on every change, each error beside its field. Saved with the document in the workspace.
 */
export function BroadcastForm() {
  const { id, broadcast } = useActiveDocument();
  // each document has its own recipients text
  return <BroadcastFields key={id} broadcast={broadcast} />;
}

function BroadcastFields({ broadcast }: { broadcast: BroadcastSettings }) {
  const setBroadcast = useStudio((s) => s.setBroadcast);
  const errorList = useMemo(() => validateBroadcast(broadcast), [broadcast]);
  const errors = (field: string) => errorList.find((e) => e.field === field)?.message;
  const update = (patch: Partial<BroadcastSettings>) => setBroadcast({ ...broadcast, ...patch });
  const ltr = broadcast.localTimeRestriction;
  const setLtr = (patch: Partial<LocalTimeRestriction>) =>
    update({ localTimeRestriction: { ...ltr, ...patch } });
  const retry = broadcast.retryConfig;
  const setRetry = (patch: Partial<RetryConfig>) => update({ retryConfig: { ...retry, ...patch } });
  const schedule = broadcast.schedules[0];
  const recipients = useRecipientsDraft(broadcast.recipients, (list) =>
    update({ recipients: list }),
  );
  const toFix = errorList.length + recipients.problems.length;
  return (
    <form
      aria-label="Broadcast settings"
      className="broadcast-form"
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        label="Name"
        value={broadcast.name}
        error={errors('name')}
        onChange={(name) => update({ name })}
      />
      <TextField
        label="From number"
        placeholder="12135551189"
        value={broadcast.fromNumber}
        error={errors('fromNumber')}
        onChange={(fromNumber) => update({ fromNumber: fromNumber.trim() })}
      />
      <TextField
        label="Labels (comma-separated)"
        value={broadcast.labels.join(', ')}
        error={errors('labels')}
        onChange={(text) => update({ labels: parseLabels(text) })}
      />
      <fieldset>
        <legend>Local time restriction</legend>
        <label>
          <input
            type="checkbox"
            checked={ltr.enabled}
            onChange={(e) => setLtr({ enabled: e.target.checked })}
          />
          Only call within these local hours
        </label>
        {(['beginHour', 'beginMinute', 'endHour', 'endMinute'] as const).map((key) => (
          <NumberField
            key={key}
            label={
              {
                beginHour: 'Begin hour',
                beginMinute: 'Begin minute',
                endHour: 'End hour',
                endMinute: 'End minute',
              }[key]
            }
            value={ltr[key]}
            error={errors(`localTimeRestriction.${key}`)}
            onChange={(v) => setLtr({ [key]: v })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Retries</legend>
        <NumberField
          label="Max attempts"
          value={retry.maxAttempts}
          error={errors('retryConfig.maxAttempts')}
          onChange={(maxAttempts) => setRetry({ maxAttempts })}
        />
        <NumberField
          label="Minutes between attempts"
          value={retry.minutesBetweenAttempts}
          error={errors('retryConfig.minutesBetweenAttempts')}
          onChange={(minutesBetweenAttempts) => setRetry({ minutesBetweenAttempts })}
        />
        <CheckboxGroup
          label="Retry results"
          options={RETRY_RESULTS}
          value={retry.retryResults}
          error={errors('retryConfig.retryResults')}
          onChange={(retryResults) => setRetry({ retryResults })}
        />
        <CheckboxGroup
          label="Retry phone types"
          options={RETRY_PHONE_TYPES}
          value={retry.retryPhoneTypes}
          error={errors('retryConfig.retryPhoneTypes')}
          onChange={(retryPhoneTypes) => setRetry({ retryPhoneTypes })}
        />
      </fieldset>
      <fieldset>
        <legend>Schedule</legend>
        <label>
          <input
            type="checkbox"
            checked={schedule !== undefined}
            onChange={(e) => update({ schedules: e.target.checked ? [DEFAULT_SCHEDULE] : [] })}
          />
          Start on a schedule
        </label>
        {schedule && (
          <ScheduleFields
            schedule={schedule}
            errors={errors}
            onChange={(s) => update({ schedules: [s] })}
          />
        )}
      </fieldset>
      <fieldset>
        <legend>Recipients</legend>
        <RecipientsField draft={recipients} />
      </fieldset>
      <p role="status" className="form-summary">
        {toFix === 0
          ? 'Broadcast settings are valid.'
          : `${toFix} broadcast setting${toFix === 1 ? '' : 's'} to fix.`}
      </p>
    </form>
  );
}
