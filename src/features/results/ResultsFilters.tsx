/** Filters over the loaded calls: final call result, label, batch and a creation date range (UTC). */
import type { CallFilter } from '../../core/index.ts';
import type { FilterChoices } from './worker-protocol.ts';
import { callResultWords, withCode } from './words.ts';

const DAY_MS = 86_400_000;

/** Options per picker: 200,000 distinct labels would be 200,000 DOM nodes. */
const CHOICE_LIMIT = 500;

function Choice(props: {
  label: string;
  value: string | undefined;
  choices: string[];
  /** The words an option shows for its value (call results: "Live answer (LA)"). */
  words?: (value: string) => string;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <label>
      {props.label}
      <select
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <option value="">All</option>
        {props.choices.slice(0, CHOICE_LIMIT).map((c) => (
          <option key={c} value={c}>
            {props.words ? props.words(c) : c}
          </option>
        ))}
        {props.choices.length > CHOICE_LIMIT && (
          <option disabled value="\u0000more">
            {`… and ${(props.choices.length - CHOICE_LIMIT).toLocaleString('en-US')} more`}
          </option>
        )}
      </select>
    </label>
  );
}

const dateText = (ms: number | undefined) =>
  ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10);

const dateMs = (text: string, endOfDay: boolean) =>
  text === '' ? undefined : Date.parse(`${text}T00:00:00Z`) + (endOfDay ? DAY_MS - 1 : 0);

export function ResultsFilters(props: {
  filter: CallFilter;
  choices: FilterChoices;
  onChange: (filter: CallFilter) => void;
}) {
  const { filter, choices, onChange } = props;
  const set = (patch: Partial<CallFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset className="results-filters">
      <legend>Filter calls</legend>
      <Choice
        label="Call result"
        value={filter.finalCallResult}
        choices={choices.finalCallResults}
        words={(code) => withCode(callResultWords(code), code)}
        onChange={(finalCallResult) => set({ finalCallResult })}
      />
      <Choice
        label="Label"
        value={filter.label}
        choices={choices.labels}
        onChange={(label) => set({ label })}
      />
      <Choice
        label="Batch"
        value={filter.batchId}
        choices={choices.batchIds}
        onChange={(batchId) => set({ batchId })}
      />
      <label>
        From
        <input
          type="date"
          value={dateText(filter.from)}
          onChange={(event) => set({ from: dateMs(event.target.value, false) })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={dateText(filter.to)}
          onChange={(event) => set({ to: dateMs(event.target.value, true) })}
        />
      </label>
    </fieldset>
  );
}
