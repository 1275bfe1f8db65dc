import type { ReactNode } from 'react';

interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  errors: readonly string[];
  children: ReactNode;
}

/** Label above, hint and errors below a field; errors are linked to it and announced. */
export function FieldShell({ id, label, required, hint, errors, children }: FieldShellProps) {
  return (
    <div className="inspector-field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children}
      {hint && (
        <small id={`${id}-hint`} className="inspector-hint">
          {hint}
        </small>
      )}
      {errors.length > 0 && (
        <ul id={`${id}-errors`} className="field-error" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** aria-describedby for a field: its hint and its errors. */
export function describedBy(id: string, hint: string | undefined, errors: readonly string[]) {
  const ids = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-errors` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
