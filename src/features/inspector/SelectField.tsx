import { useId } from 'react';
import { describedBy, FieldShell } from './FieldShell.tsx';

interface SelectFieldProps {
  label: string;
  value: string | undefined;
  values: readonly string[];
  required?: boolean | undefined;
  hint?: string | undefined;
  errors: readonly string[];
  /** undefined: remove the attribute. */
  onCommit: (value: string | undefined) => void;
}

const NOT_SET = '';

/** An enum attribute as a select; a value the reference does not list is kept and shown as such. */
export function SelectField({
  label,
  value,
  values,
  required,
  hint,
  errors,
  onCommit,
}: SelectFieldProps) {
  const id = useId();
  const known = value === undefined || values.includes(value);
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} errors={errors}>
      <select
        id={id}
        value={value ?? NOT_SET}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(e) => onCommit(e.target.value === NOT_SET ? undefined : e.target.value)}
      >
        <option value={NOT_SET}>(not set)</option>
        {!known && <option value={value}>{value} (not in the reference)</option>}
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
