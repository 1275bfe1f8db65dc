import type { AnswerType, TransferOutcome } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { CONTACT_FIELDS, type CallSetup } from '../../store/call-setup.ts';
import { KeyValueRows } from './KeyValueRows.tsx';

const ANSWERS: [AnswerType, string][] = [
  ['live', 'Person'],
  ['machine', 'Answering machine'],
  ['inbound', 'Inbound call'],
];

function TextField({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <label className="sim-field">
      <span>{label}</span>
      <input value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

/** The world of the next call. Every field has a default, so Call works without touching any. */
export function CallSetupForm() {
  const setup = useStudio((s) => s.simulator.setup);
  const update = useStudio((s) => s.updateCallSetup);
  const set =
    <K extends keyof CallSetup>(key: K) =>
    (value: CallSetup[K]) =>
      update({ [key]: value });
  return (
    <div className="sim-setup">
      <fieldset className="sim-answer">
        <legend>Who answers</legend>
        {ANSWERS.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="sim-answer"
              checked={setup.answer === value}
              onChange={() => update({ answer: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <details>
        <summary>Call details</summary>
        <TextField label="Caller ID" value={setup.callerId} onChange={set('callerId')} />
        <TextField label="Dialed number" value={setup.dnis} onChange={set('dnis')} />
        <TextField label="Number called" value={setup.phoneNumber} onChange={set('phoneNumber')} />
        <TextField
          label="Clock (UTC)"
          value={setup.now}
          placeholder="now, or e.g. 2026-01-05T15:00:00Z"
          onChange={set('now')}
        />
        <label className="sim-field">
          <span>Transfer outcome</span>
          <select
            value={setup.transfer}
            onChange={(e) => update({ transfer: e.target.value as TransferOutcome })}
          >
            <option value="answered">Answered</option>
            <option value="no-answer">No answer</option>
          </select>
        </label>
      </details>
      <details>
        <summary>Contact</summary>
        {CONTACT_FIELDS.map(([key, label]) => (
          <TextField
            key={key}
            label={label}
            value={setup.contact[key]}
            onChange={(value) => update({ contact: { ...setup.contact, [key]: value } })}
          />
        ))}
        <KeyValueRows
          label="Spreadsheet columns"
          keyLabel="Column"
          valueLabel="Value"
          rows={setup.columns}
          onChange={set('columns')}
        />
      </details>
      <details>
        <summary>Mock web responses</summary>
        <KeyValueRows
          label="Responses for get/post"
          keyLabel="URL"
          valueLabel="Body"
          rows={setup.http}
          onChange={set('http')}
        />
      </details>
    </div>
  );
}
