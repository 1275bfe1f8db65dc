import { useId } from 'react';

interface FieldProps {
  label: string;
  error: string | undefined;
}

/** A labelled text input with its error beside it (announced, and linked by aria-describedby). */
export function TextField({
  label,
  error,
  value,
  onChange,
  placeholder,
  type = 'text',
}: FieldProps & {
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  /** `date` and `time` use the browser's pickers, which only report complete values. */
  type?: 'text' | 'date' | 'time';
}) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A number input; an empty box is NaN, which validation reports as a missing number. */
export function NumberField({
  label,
  error,
  value,
  onChange,
}: FieldProps & { value: number; onChange: (v: number) => void }) {
  const id = useId();
  return (
    <div className="form-field form-field-number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        value={Number.isFinite(value) ? value : ''}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? NaN : Number(e.target.value))}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A fieldset of checkboxes for a subset of API values. */
export function CheckboxGroup({
  label,
  error,
  options,
  value,
  onChange,
}: FieldProps & {
  options: readonly string[];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const toggle = (option: string, on: boolean) =>
    onChange(
      on
        ? options.filter((o) => o === option || value.includes(o))
        : value.filter((v) => v !== option),
    );
  return (
    <fieldset className="checkbox-group" aria-invalid={error !== undefined}>
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(e) => toggle(option, e.target.checked)}
          />
          {option}
        </label>
      ))}
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}
