/** The id the create call answered, for the rest of the API sequence (digits only; else a placeholder). */
export function BroadcastIdField(props: { value: string; onChange: (value: string) => void }) {
  const invalid = props.value.trim() !== '' && !/^\d{1,19}$/.test(props.value.trim());
  return (
    <label className="form-field">
      Broadcast id
      <input
        inputMode="numeric"
        value={props.value}
        placeholder="from the create call's answer"
        aria-invalid={invalid}
        aria-describedby={invalid ? 'broadcast-id-error' : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {invalid && (
        <span id="broadcast-id-error" className="field-error">
          A broadcast id is digits only; the commands use YOUR_BROADCAST_ID until then.
        </span>
      )}
    </label>
  );
}
