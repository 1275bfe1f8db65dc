import { useId } from 'react';
import { describedBy, FieldShell } from './FieldShell.tsx';
import { useDraft } from './useDraft.ts';

export interface TextInputFieldProps {
  label: string;
  value: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  errors: readonly string[];
  /** A problem with the typed value, checked on every keystroke. */
  check?: ((value: string) => string | undefined) | undefined;
  /** Shows a hint next to the typed value (e.g. what a timeout means). */
  explain?: ((value: string) => string | undefined) | undefined;
  multiline?: boolean;
  type?: 'text' | 'number';
  /** Suggestions (element names for targets). */
  options?: readonly string[] | undefined;
  onCommit: (value: string) => void;
}

/**
 * A text, number or multi-line field that commits on Enter (Ctrl+Enter in a multi-line one) or when the
 * focus leaves it; Escape drops the draft. A value that fails `check` is not committed.
 */
export function TextInputField(props: TextInputFieldProps) {
  const id = useId();
  const { label, value, required, errors, check, explain, multiline, options, onCommit } = props;
  const draft = useDraft(value, (typed) => {
    if (check?.(typed)) return false;
    onCommit(typed);
    return true;
  });
  const problem = check?.(draft.value);
  const allErrors = problem ? [problem, ...errors] : errors;
  const hint = [props.hint, explain?.(draft.value)].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: draft.value,
    'aria-invalid': allErrors.length > 0,
    'aria-describedby': describedBy(id, hint, allErrors),
    onBlur: draft.commitNow,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') draft.reset();
      if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        draft.commitNow();
      }
    },
  };
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} errors={allErrors}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => draft.setValue(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          list={options ? `${id}-options` : undefined}
          onChange={(e) => draft.setValue(e.target.value)}
        />
      )}
      {options && (
        <datalist id={`${id}-options`}>
          {options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
    </FieldShell>
  );
}
